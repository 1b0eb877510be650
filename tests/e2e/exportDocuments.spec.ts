import { promises as fs } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import {
  organiserLogoPng,
  writeSessionFolder,
} from '../../electron/services/exporters/testing/samplePhotos';
import { gennevilliersHalfDay } from '../../shared/testing/gennevilliersHalfDay';
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

test('exporter le compte-rendu de la demi-journée de Gennevilliers, au contenu choisi', async ({
  app: page,
  host,
}) => {
  const session = gennevilliersHalfDay();
  const logo = organiserLogoPng();
  await test.step('le logo de l’organisateur est choisi dans les paramètres', async () => {
    await page.getByRole('link', { name: 'Paramètres' }).click();
    const field = page.getByRole('group', { name: 'Logo de l’organisateur' });
    await expect(field).toContainText('Aucun logo.');
    const chooser = field.getByLabel('Choisir une image…');
    await chooser.setInputFiles({
      name: 'logo.svg',
      mimeType: 'image/svg+xml',
      buffer: Buffer.from('<svg/>'),
    });
    await expect(page.getByText('Ce fichier n’est pas une image PNG ou JPEG.')).toBeVisible();
    await expect(field).toContainText('Aucun logo.');
    await chooser.setInputFiles({
      name: 'logo-pole-ressources.png',
      mimeType: 'image/png',
      buffer: logo,
    });
    await expect(field.getByRole('img', { name: 'Logo de l’organisateur' })).toBeVisible();
    await expect(field.getByRole('button', { name: 'Retirer le logo' })).toBeVisible();
    await screenshot(page, 'settings-logo-fr');
    await page.getByRole('link', { name: '← Mes séances' }).click();
  });

  await test.step('la séance de la matinée est dans la bibliothèque, avec ses photos', async () => {
    await writeSessionFolder(host.library, session);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready');
    await page.getByRole('link', { name: session.title }).click();
    await page.getByRole('link', { name: 'Compte-rendu' }).click();
  });

  const dialog = page.getByRole('dialog', { name: 'Exporter le compte-rendu' });
  await test.step('la fenêtre d’export montre le plan et permet d’anonymiser', async () => {
    await page.getByRole('button', { name: 'Choisir le contenu… Compte-rendu' }).click();
    const outline = dialog.getByRole('list', { name: 'Plan du document' });
    await expect(outline.getByText('Tous les prochains petits pas')).toBeVisible();
    await expect(outline.getByText('Annexe : liste des participants')).toBeVisible();
    await dialog.getByLabel('Anonymiser (compte-rendu diffusé à l’extérieur)').check();
    await expect(outline.getByText('Annexe : participants par structure')).toBeVisible();
    await screenshot(page, 'minutes-dialog-fr');
  });

  await test.step('le fichier est téléchargé et enregistré là où l’écran le dit', async () => {
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Exporter (.docx)' }).click();
    const download = await downloading;
    const fileName =
      'Compte-rendu - Renforcer les coopérations éducatives la démarche impact collectif - 2025-02-04.docx';
    expect(download.suggestedFilename()).toBe(fileName);
    await expect(dialog).toBeHidden();
    const where = page.getByRole('status').filter({ hasText: 'est enregistré ici' });
    await expect(where).toBeVisible();
    const shownPath = (await where.locator('code').textContent())!;
    expect(shownPath).toBe(
      path.join(
        host.library,
        '2025-02-04 Renforcer les coopérations éducatives la démarche impact collectif',
        fileName,
      ),
    );
    const onDisk = await fs.readFile(shownPath);
    expect((await fs.readFile((await download.path())!)).equals(onDisk)).toBe(true);
    // The logo chosen in Settings, on the cover.
    const files = unzipSync(onDisk);
    expect(
      Object.entries(files).some(
        ([name, bytes]) => name.startsWith('word/media/') && Buffer.from(bytes).equals(logo),
      ),
    ).toBe(true);
    // Anonymised: no participant's name in the document's text.
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('Annexe');
    expect(xml).not.toContain(
      `${session.participants[0]!.firstName} ${session.participants[0]!.lastName}`,
    );
    await screenshot(page, 'minutes-exported-fr');
  });
});
