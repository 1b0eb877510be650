import { LibraryPage } from './pages/LibraryPage';
import { SessionPage } from './pages/SessionPage';
import { expect, screenshot, test } from './fixtures';

test('créer une séance depuis le modèle demi-journée, la modifier, la retrouver après rechargement', async ({
  app: page,
}) => {
  const library = new LibraryPage(page);
  const session = new SessionPage(page);

  await test.step('la séance est créée avec le programme de Gennevilliers', async () => {
    await library.createFromTemplate(
      'Séminaire demi-journée',
      'Coopérations éducatives',
      '2025-02-04',
    );
    await expect(page.getByRole('list').getByText('Accueil convivial')).toBeVisible();
    await expect(page.getByText('12h20')).toBeVisible();
  });

  await test.step('le titre et le lieu se modifient sur place', async () => {
    await session.title().fill('Renforcer les coopérations éducatives');
    await session.field('Lieu').fill('Espace Saâd-Abssi, Gennevilliers');
    await session.waitSaved();
    await screenshot(page, 'session-fr');
  });

  await test.step('après rechargement, tout est là', async () => {
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready');
    await expect(session.title()).toHaveValue('Renforcer les coopérations éducatives');
    await expect(session.field('Lieu')).toHaveValue('Espace Saâd-Abssi, Gennevilliers');
  });

  await test.step('Ctrl+Z annule la dernière modification', async () => {
    await session.field('Lieu').fill('Nanterre');
    await page.keyboard.press('Control+z');
    await expect(session.field('Lieu')).toHaveValue('Espace Saâd-Abssi, Gennevilliers');
  });

  await test.step('dans la liste : date en français, lieu, participants', async () => {
    await session.backToLibrary();
    const row = library.row('Renforcer les coopérations éducatives');
    await expect(row).toContainText('mardi 4 février 2025');
    await expect(row).toContainText('Gennevilliers');
    await expect(row).toContainText('aucun participant');
  });
});

test('dupliquer, supprimer puis annuler la suppression', async ({ app: page }) => {
  const library = new LibraryPage(page);
  await library.createFromTemplate('World café', 'World café de Liévin', '2025-03-11');
  await new SessionPage(page).backToLibrary();

  await library.action('World café de Liévin', 'Dupliquer');
  await expect(library.row('World café de Liévin (copie)')).toBeVisible();

  await library.action('World café de Liévin (copie)', 'Supprimer');
  await expect(library.row('World café de Liévin (copie)')).toHaveCount(0);
  await page.getByRole('button', { name: 'Annuler la suppression' }).click();
  await expect(library.row('World café de Liévin (copie)')).toBeVisible();
  await expect(page.getByRole('status')).toContainText('restaurée');

  await page.getByLabel('Rechercher une séance par titre ou par lieu').fill('lievin copie');
  await expect(page.getByRole('row')).toHaveCount(2);
  await page.getByLabel('Rechercher une séance par titre ou par lieu').fill('');
  await screenshot(page, 'library-fr');
});

test('renommer une séance depuis la liste', async ({ app: page }) => {
  const library = new LibraryPage(page);
  await library.createFromTemplate('Cycle de co-développement', 'Atelier eau', '2024-11-07');
  await new SessionPage(page).backToLibrary();
  await library.action('Atelier eau', 'Renommer');
  const dialog = page.getByRole('dialog', { name: 'Renommer' });
  await dialog.getByRole('textbox').fill('Atelier eau — séance 1 sur 4');
  await dialog.getByRole('button', { name: 'Renommer' }).click();
  await expect(library.row('Atelier eau — séance 1 sur 4')).toContainText('jeudi 7 novembre 2024');
});

test('la dernière séance se rouvre au lancement, et l’interface passe en anglais', async ({
  app: first,
  host,
  context,
}) => {
  await new LibraryPage(first).createFromTemplate(
    'Séminaire demi-journée',
    'Séminaire de Nanterre',
    '2025-05-20',
  );
  await first.close();
  // A new window is a new launch.
  const page = await context.newPage();
  await page.goto(host.url);
  await expect(page.getByLabel('Titre', { exact: true })).toHaveValue('Séminaire de Nanterre');

  await page.getByRole('link', { name: 'Paramètres' }).click();
  await page.getByLabel('Langue de l’interface').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await page.getByRole('link', { name: 'My sessions' }).first().click();
  await expect(page.getByRole('row').filter({ hasText: 'Séminaire de Nanterre' })).toContainText(
    'Tuesday, 20 May 2025',
  );
});
