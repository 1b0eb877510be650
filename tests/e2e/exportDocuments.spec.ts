import { promises as fs } from 'node:fs';
import { LibraryPage } from './pages/LibraryPage';
import { expect, screenshot, test } from './fixtures';

test('exporter le programme : le fichier est téléchargé et enregistré là où l’écran le dit', async ({
  app: page,
}) => {
  await new LibraryPage(page).createFromTemplate(
    'Séminaire demi-journée',
    'Coopérations éducatives',
    '2025-02-04',
  );
  await page.getByRole('link', { name: 'Compte-rendu' }).click();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter (.docx) Programme' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(
    'Programme - Coopérations éducatives - 2025-02-04.docx',
  );

  const where = page.getByRole('status').filter({ hasText: 'est enregistré ici' });
  await expect(where).toBeVisible();
  const shownPath = (await where.locator('code').textContent())!;
  expect(shownPath).toMatch(
    /2025-02-04 Coopérations éducatives[/\\]Programme - Coopérations éducatives - 2025-02-04\.docx$/,
  );
  const onDisk = await fs.readFile(shownPath);
  const downloaded = await fs.readFile((await download.path())!);
  expect(downloaded.equals(onDisk)).toBe(true);
  await screenshot(page, 'exports-fr');
});
