import { AgendaPage } from './pages/AgendaPage';
import { LibraryPage } from './pages/LibraryPage';
import { expect, screenshot, test } from './fixtures';

const codev = [
  'Co-développement — exposé de la situation',
  'Co-développement — questions de clarification',
  'Co-développement — contrat',
  'Co-développement — consultation',
  'Co-développement — plan d’action',
  'Co-développement — apprentissages',
];

test('insérer le co-développement, annuler, rétablir ; enregistrer deux séquences comme méthode, l’insérer, la supprimer', async ({
  app: page,
}) => {
  const library = new LibraryPage(page);
  const agenda = new AgendaPage(page);
  const titles = async () => (await agenda.plannedStarts()).map((s) => s.replace(/^\S+ /, ''));

  await library.createFromTemplate(
    'Séminaire demi-journée',
    'Coopérations éducatives',
    '2025-02-04',
  );
  await expect(page.getByText('9h00 – 12h30 · 3 h 30')).toBeVisible();
  const before = await titles();

  await test.step('le co-développement s’insère après la séquence ouverte', async () => {
    await agenda.open('Les éléments clés de l’impact collectif');
    await page.getByRole('button', { name: 'Insérer une méthode' }).click();
    const dialog = page.getByRole('dialog', { name: 'Insérer une méthode' });
    await dialog.getByRole('radio', { name: /^Co-développement/ }).check();
    const details = dialog.getByRole('region', { name: 'Déroulé de « Co-développement »' });
    await expect(details).toContainText('Durée totale : 1 h 15 · 6 séquences');
    await expect(details.getByRole('listitem')).toHaveCount(6);
    await expect(details).toContainText('le client');
    await expect(
      dialog.getByRole('radio', { name: 'Après « Les éléments clés de l’impact collectif »' }),
    ).toBeChecked();
    await screenshot(page, 'methods-insert-dialog');
    await dialog.getByRole('button', { name: 'Insérer' }).click();
    await expect(dialog).toHaveCount(0);

    const index = before.indexOf('Les éléments clés de l’impact collectif') + 1;
    expect(await titles()).toEqual([...before.slice(0, index), ...codev, ...before.slice(index)]);
    await expect(page.getByText('9h00 – 13h45 · 4 h 45')).toBeVisible();
    await expect(page.getByText(/14 séquences/)).toBeVisible();
  });

  await test.step('Ctrl+Z retire toute la méthode, Ctrl+Maj+Z la remet', async () => {
    await page.keyboard.press('Control+z');
    await expect(page.getByText('9h00 – 12h30 · 3 h 30')).toBeVisible();
    expect(await titles()).toEqual(before);
    await page.keyboard.press('Control+Shift+z');
    await expect(page.getByText('9h00 – 13h45 · 4 h 45')).toBeVisible();
    expect((await titles()).filter((t) => codev.includes(t))).toEqual(codev);
  });

  await test.step('deux séquences deviennent une méthode personnelle', async () => {
    await page.getByRole('button', { name: 'Enregistrer comme méthode' }).click();
    const form = page.getByRole('dialog', { name: 'Enregistrer comme méthode' });
    await form.getByRole('checkbox', { name: /^Co-développement — contrat/ }).check();
    await form.getByRole('checkbox', { name: /^Co-développement — consultation/ }).check();
    await form.getByLabel('Titre de la méthode').fill('Consultation express — Liévin');
    await form
      .getByLabel('Description courte')
      .fill('Le contrat puis la consultation, 30 minutes.');
    await form.getByLabel('Consignes pour l’animateur').fill('Un client, trois consultants.');
    await screenshot(page, 'methods-save-dialog');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(form).toHaveCount(0);
    await expect(
      page.getByText(
        'Méthode « Consultation express — Liévin » enregistrée dans votre bibliothèque.',
      ),
    ).toBeVisible();
  });

  await test.step('elle est listée avec sa durée, et s’insère à la fin', async () => {
    await page.getByRole('button', { name: 'Insérer une méthode' }).click();
    const dialog = page.getByRole('dialog', { name: 'Insérer une méthode' });
    const name = /^Consultation express — Liévin/;
    const option = dialog.getByRole('radio', { name });
    const total = dialog
      .locator('label', { has: page.getByRole('radio', { name }) })
      .locator('.method-choice__total');
    await expect(total).toHaveText('30 min');
    const count = (await titles()).length;
    await option.check();
    await dialog.getByRole('radio', { name: 'À la fin du programme' }).check();
    await dialog.getByRole('button', { name: 'Insérer' }).click();
    await expect(agenda.list().getByRole('listitem')).toHaveCount(count + 2);
    expect((await titles()).slice(-2)).toEqual([
      'Co-développement — contrat',
      'Co-développement — consultation',
    ]);
  });

  await test.step('elle se supprime après confirmation', async () => {
    await page.getByRole('button', { name: 'Insérer une méthode' }).click();
    const dialog = page.getByRole('dialog', { name: 'Insérer une méthode' });
    await dialog.getByRole('radio', { name: /^Consultation express — Liévin/ }).check();
    await dialog.getByRole('button', { name: 'Supprimer', exact: true }).click();
    await expect(dialog).toContainText('Supprimer la méthode « Consultation express — Liévin » ?');
    await screenshot(page, 'methods-delete-confirm');
    await dialog.getByRole('button', { name: 'Supprimer la méthode' }).click();
    await expect(dialog.getByRole('radio', { name: /^Consultation express/ })).toHaveCount(0);
    await expect(dialog).toContainText('Aucune méthode personnelle pour l’instant');
    await expect(
      page.getByText('Méthode « Consultation express — Liévin » supprimée.'),
    ).toBeVisible();
  });
});
