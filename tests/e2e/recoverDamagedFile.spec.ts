import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LibraryPage } from './pages/LibraryPage';
import { SessionPage } from './pages/SessionPage';
import { expect, screenshot, test } from './fixtures';

async function sessionFile(library: string): Promise<string> {
  const [folder] = await fs.readdir(library);
  return path.join(library, folder!, 'session.json');
}

test('un fichier tronqué n’est jamais écrasé : on propose la dernière sauvegarde', async ({
  app: page,
  host,
}) => {
  const library = new LibraryPage(page);
  await library.createFromTemplate(
    'Séminaire demi-journée',
    'Séminaire à Hazebrouck',
    '2025-06-12',
  );
  const session = new SessionPage(page);
  await session.field('Lieu').fill('Hazebrouck');
  await session.waitSaved();
  await session.backToLibrary();

  const file = await sessionFile(host.library);
  const text = await fs.readFile(file, 'utf8');
  const truncated = text.slice(0, Math.floor(text.length / 3));
  await fs.writeFile(file, truncated);

  await page.reload();
  await expect(library.row('Séminaire à Hazebrouck')).toContainText('Fichier à réparer');
  await page.getByRole('link', { name: 'Séminaire à Hazebrouck' }).click();
  await expect(
    page.getByRole('heading', { name: 'Impossible d’ouvrir cette séance' }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('incomplet');
  const restore = page.getByRole('button', { name: /Restaurer la sauvegarde du/ });
  await expect(restore).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retour à mes séances' })).toBeVisible();
  await screenshot(page, 'restore-choice-fr');
  expect(await fs.readFile(file, 'utf8')).toBe(truncated);

  await restore.click();
  await expect(session.title()).toHaveValue('Séminaire à Hazebrouck');
  await expect(page.getByRole('note')).toContainText('session.damaged-');
  const kept = (await fs.readdir(path.dirname(file))).find((name) =>
    name.startsWith('session.damaged-'),
  );
  expect(await fs.readFile(path.join(path.dirname(file), kept!), 'utf8')).toBe(truncated);
});

test('une séance d’une version plus récente s’ouvre en lecture seule', async ({
  app: page,
  host,
}) => {
  const library = new LibraryPage(page);
  await library.createFromTemplate('World café', 'Café du futur', '2025-09-01');
  await new SessionPage(page).backToLibrary();
  const file = await sessionFile(host.library);
  const doc = JSON.parse(await fs.readFile(file, 'utf8'));
  const newer = JSON.stringify({ ...doc, schemaVersion: 9 });
  await fs.writeFile(file, newer);

  await page.reload();
  await page.getByRole('link', { name: 'Café du futur' }).click();
  await expect(page.getByRole('alert')).toContainText('version plus récente');
  await page.getByRole('button', { name: 'Ouvrir en lecture seule' }).click();
  await expect(page.getByRole('note')).toContainText('lecture seule');
  await expect(page.getByLabel('Titre', { exact: true })).toHaveAttribute('readonly', '');
  expect(await fs.readFile(file, 'utf8')).toBe(newer);
});
