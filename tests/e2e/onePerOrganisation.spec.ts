import { fileURLToPath } from 'node:url';
import { LibraryPage } from './pages/LibraryPage';
import { ParticipantsPage } from './pages/ParticipantsPage';
import { expect, screenshot, test } from './fixtures';

const registrations = fileURLToPath(
  new URL('../fixtures/imports/anct-cycle-collectivites.csv', import.meta.url),
);

test('cycle : une seule inscription par collectivité, la deuxième personne d’une commune est signalée', async ({
  app: page,
}) => {
  const participants = new ParticipantsPage(page);
  const dialog = participants.importDialog();

  await test.step('un atelier interactif en visio, avec la règle d’une inscription par collectivité', async () => {
    await new LibraryPage(page).createFromTemplate(
      'Cycle de co-développement',
      'Gérer les tensions — séance 1 sur 4',
      '2024-10-17',
    );
    await participants.open();
    const rule = page.getByRole('checkbox', { name: 'Une seule inscription par organisation' });
    await expect(rule).not.toBeChecked();
    await rule.check();
    await expect(rule).toBeChecked();
  });

  await test.step('l’import signale Maëlle Da Silva (Ville de Gennevilliers) et François Œillet (CC du Pays de Lunel)', async () => {
    await participants.chooseFile(registrations);
    await expect(dialog.getByText('anct-cycle-collectivites.csv')).toBeVisible();
    const seconds = dialog.getByRole('region', {
      name: '2 personnes d’organisations déjà inscrites',
    });
    await expect(seconds).toBeVisible();
    const maelle = participants.duplicate(4);
    await expect(maelle).toContainText(
      'Deuxième inscription pour Ville de Gennevilliers (déjà inscrit·e\u00a0: Aïcha Benali, Mairie de Gennevilliers).',
    );
    await expect(maelle.getByRole('radio', { name: 'Importer quand même' })).toBeChecked();
    await expect(participants.duplicate(7)).toContainText(
      'Deuxième inscription pour CC du Pays de Lunel (déjà inscrit·e\u00a0: Jérôme Lefèvre, Communauté de communes du Pays de Lunel).',
    );
    // Aïcha’s form sent twice is a duplicate of hers, not a second registration.
    await expect(participants.duplicate(9)).toContainText('Même personne que la ligne 2');
    await expect(dialog.getByRole('status')).toHaveText(
      '7 personnes à ajouter · aucune fiche complétée.',
    );
    await seconds.scrollIntoViewIfNeeded();
    await screenshot(page, 'participants-import-one-per-organisation');
  });

  await test.step('l’animatrice écarte la deuxième inscription de Gennevilliers et garde celle de Lunel', async () => {
    await participants.duplicate(4).getByRole('radio', { name: 'Ne pas importer' }).check();
    await expect(dialog.getByRole('status')).toHaveText(
      '6 personnes à ajouter · aucune fiche complétée · 1 inscription en trop écartée.',
    );
    await dialog.getByRole('button', { name: 'Importer 6 personnes' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('6 personnes dans la liste')).toBeVisible();
    await expect(participants.row('Da Silva')).toHaveCount(0);
  });

  await test.step('la liste marque les deux personnes du Pays de Lunel', async () => {
    await expect(participants.row('Lefèvre')).toContainText('même organisation');
    await expect(participants.row('Lefèvre')).toContainText(
      'Même organisation que François Œillet',
    );
    await expect(participants.row('Œillet')).toContainText('Même organisation que Jérôme Lefèvre');
    await expect(participants.row('Benali')).not.toContainText('même organisation');
    await screenshot(page, 'participants-list-one-per-organisation');
  });
});
