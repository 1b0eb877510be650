/**
 * A cycle of four co-development workshops, through the screens: the cycle created with its
 * dates, session 1 run (people checked in, two next steps), session 2 prepared from it with the
 * same people and the two steps under « Où en sont nos petits pas ? », one marked done; the
 * cycle view (attendance matrix, next steps across the cycle) and the cycle minutes, read back
 * from LibreOffice.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import {
  canOpenDocuments,
  docxToPdf,
  mustOpenDocuments,
  pdfPageCount,
  pdfText,
  renderPages,
} from '../../electron/services/exporters/testing/libreOffice';
import { AgendaPage } from './pages/AgendaPage';
import { BoardsPage } from './pages/BoardsPage';
import { CheckInPage } from './pages/CheckInPage';
import { ParticipantsPage } from './pages/ParticipantsPage';
import { expect, screenshot, test } from './fixtures';

const cycleTitle = 'Ateliers interactifs de la coopération';
const step1 = 'Rencontrer le service jeunesse de la commune voisine';
const step2 = 'Partager la charte de coopération avec les élus';

async function section(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Parties de la séance' })
    .getByRole('link', { name, exact: true })
    .click();
}

test('un cycle de 4 ateliers de co-développement : séance 1 tenue, séance 2 préparée avec ses petits pas, vue du cycle et compte-rendu', async ({
  app: page,
  host,
}) => {
  test.setTimeout(180_000);
  const participants = new ParticipantsPage(page);
  const checkIn = new CheckInPage(page);
  const boards = new BoardsPage(page);
  const agenda = new AgendaPage(page);

  await test.step('le cycle est créé : 4 séances toutes les 2 semaines, une inscription par collectivité', async () => {
    await page.getByRole('button', { name: 'Nouveau cycle' }).click();
    const dialog = page.getByRole('dialog', { name: 'Créer un cycle de séances' });
    await dialog.getByLabel('Titre du cycle').fill(cycleTitle);
    await expect(dialog.getByRole('radio', { name: /Cycle de co-développement/ })).toBeChecked();
    await expect(dialog.getByLabel('Nombre de séances')).toHaveValue('4');
    await dialog.getByLabel('Date de la première séance').fill('2025-03-04');
    await expect(dialog.getByLabel('Séance 4')).toHaveValue('2025-04-15');
    await dialog.getByLabel('Séance 3').fill('2025-04-03');
    await dialog.getByLabel('Une seule inscription par organisation').check();
    await screenshot(page, 'cycle-new-dialog');
    await dialog.getByRole('button', { name: 'Créer le cycle' }).click();
    await expect(page.getByRole('heading', { level: 1, name: cycleTitle })).toBeVisible();
    const sessions = page.getByRole('region', { name: 'Séances du cycle' });
    await expect(sessions.getByRole('row')).toHaveCount(5);
    await expect(sessions.getByRole('row', { name: /Séance 1/ })).toContainText(
      'mardi 4 mars 2025',
    );
    await expect(sessions.getByRole('row', { name: /Séance 1/ })).toContainText('préparée');
    await expect(sessions.getByRole('row', { name: /Séance 3/ })).toContainText(
      'jeudi 3 avril 2025',
    );
    await expect(sessions.getByRole('row', { name: /Séance 4/ })).toContainText('à préparer');
  });

  await test.step('séance 1 : trois pairs inscrits, deux pointés présents', async () => {
    await page.getByRole('link', { name: 'Ouvrir la séance 1' }).click();
    await expect(page.getByLabel('Titre', { exact: true })).toHaveValue(
      `${cycleTitle} — séance 1 sur 4`,
    );
    await expect(page.getByRole('link', { name: `Séance 1 sur 4 — ${cycleTitle}` })).toBeVisible();
    await participants.open();
    for (const [lastName, firstName, organisation] of [
      ['Benali', 'Aïcha', 'Ville de Liévin'],
      ['Lefèvre', 'Jérôme', 'Communauté de communes du Val d’Authie'],
      ['N’Diaye', 'Fatoumata', 'Département du Gers'],
    ] as const)
      await participants.add({ lastName, firstName, organisation, role: 'Collectivité' });
    await checkIn.open();
    for (const search of ['ben', 'ndi']) {
      await checkIn.search().fill(search);
      await checkIn.search().press('Enter');
    }
    await expect(checkIn.counts()).toContainText('2 présents sur 3');
  });

  await test.step('séance 1 : l’atelier démarre, deux prochains petits pas sont notés', async () => {
    await section(page, 'Programme');
    await agenda.tab('Animer en direct').click();
    await agenda.controls().getByRole('button', { name: 'Démarrer' }).click();
    await boards.open();
    await page.getByRole('button', { name: /^Prochains petits pas/ }).click();
    await boards.addNextStep(step1, 'Aïcha Benali', '2025-03-15', 'Groupe 1');
    await boards.addNextStep(step2, 'Jérôme Lefèvre', '2025-03-18', 'Groupe 2');
    await expect(page.getByRole('textbox', { name: `Action — ${step2}` })).toBeVisible();
  });

  await test.step('la séance 2 est préparée depuis la vue du cycle', async () => {
    await page.getByRole('link', { name: `Séance 1 sur 4 — ${cycleTitle}` }).click();
    const sessions = page.getByRole('region', { name: 'Séances du cycle' });
    await expect(sessions.getByRole('row', { name: /Séance 1/ })).toContainText('tenue');
    await page.getByRole('button', { name: 'Préparer la séance suivante' }).click();
    await expect(sessions.getByRole('row', { name: /Séance 2/ })).toContainText('préparée');
    await page.getByRole('link', { name: 'Ouvrir la séance 2' }).click();
    await expect(page.getByLabel('Titre', { exact: true })).toHaveValue(
      `${cycleTitle} — séance 2 sur 4`,
    );
    await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2025-03-18');
  });

  await test.step('« Où en sont nos petits pas ? » : les deux petits pas, l’un est fait', async () => {
    const review = page.getByRole('region', { name: 'Où en sont nos petits pas\u202f?' });
    await expect(review.getByRole('listitem')).toHaveCount(2);
    await expect(review.getByRole('listitem').first()).toContainText(step1);
    await expect(review.getByRole('listitem').first()).toContainText('Qui\u00a0: Aïcha Benali');
    await expect(review.getByRole('listitem').first()).toContainText('Décidé en séance 1');
    // At the top of the window, away from the toasts of the steps before (bottom of the window).
    await review.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await review.screenshot({ path: path.join('test-results', 'screenshots', 'cycle-review.png') });
    await review.getByRole('button', { name: 'Montrer à la salle' }).click();
    const sessionId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]!);
    const projector = await page.context().newPage();
    await projector.goto(
      `${host.origin}/projector/${encodeURIComponent(sessionId)}#token=${host.token}`,
    );
    await expect(projector.getByText('Où en sont nos petits pas\u202f?')).toBeVisible();
    await review.getByRole('button', { name: `Fait\u00a0: ${step1}` }).click();
    await expect(review.getByRole('listitem')).toHaveCount(1);
    await expect(review.getByRole('listitem')).toContainText(step2);
    await expect(projector.getByRole('listitem').first()).toContainText('Fait');
    await expect(projector.getByRole('listitem').last()).toContainText('à voir');
    await screenshot(projector, 'cycle-review-projector');
    await projector.close();
    // The same people, to be checked in again.
    await participants.open();
    await expect(page.getByText('3 personnes dans la liste')).toBeVisible();
  });

  await test.step('la vue du cycle : présences et petits pas du cycle', async () => {
    await page.getByRole('link', { name: `Séance 2 sur 4 — ${cycleTitle}` }).click();
    const matrix = page.getByRole('table', { name: 'Qui est venu à quelle séance du cycle' });
    await expect(matrix.getByRole('columnheader')).toHaveText([
      'Personne',
      /^Séance 1/,
      /^Séance 2/,
      'Présences',
    ]);
    await expect(matrix.getByRole('row', { name: /Aïcha Benali/ })).toContainText('présent·e');
    await expect(
      matrix
        .getByRole('row', { name: /Jérôme Lefèvre/ })
        .getByRole('cell')
        .last(),
    ).toHaveText('0');
    await expect(matrix.getByRole('row', { name: 'Présents' })).toContainText('2');
    const actions = page.getByRole('table', { name: /Chaque petit pas une fois/ });
    await expect(actions.getByRole('row')).toHaveCount(3);
    await expect(actions.getByRole('row', { name: step1 })).toContainText('Fait');
    await expect(actions.getByRole('row', { name: step2 })).toContainText('À faire');
    await expect(actions.getByRole('row', { name: step2 })).toContainText('Séance 1');
    await screenshot(page, 'cycle-view');
  });

  await test.step('le compte-rendu du cycle, lu dans LibreOffice', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Compte rendu du cycle' }).click();
    const download = await downloading;
    const fileName = `Compte-rendu du cycle - ${cycleTitle}.docx`;
    expect(download.suggestedFilename()).toBe(fileName);
    await expect(page.getByRole('status')).toContainText('Compte rendu du cycle enregistré');
    const saved = path.join(host.library, fileName);
    expect(existsSync(saved)).toBe(true);
    await page.getByRole('link', { name: 'Mes séances', exact: true }).first().click();
    const cycles = page.getByRole('region', { name: 'Mes cycles' });
    await expect(cycles.getByRole('link', { name: cycleTitle })).toBeVisible();
    await expect(cycles).toContainText('2 séances préparées sur 4');
    await expect(cycles).toContainText('Prochaine séance\u00a0: jeudi 3 avril 2025');
    await screenshot(page, 'cycle-library');
    if (!canOpenDocuments && !mustOpenDocuments) return;
    const pdf = docxToPdf(saved);
    renderPages(pdf, 'cycle-minutes-e2e', pdfPageCount(pdf));
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    for (const expected of [
      'Compte-rendu du cycle',
      cycleTitle,
      'Séance 1 — mardi 4 mars 2025',
      '2 personnes présentes.',
      step1,
      'Séance 2 — mardi 18 mars 2025',
      '1 petit pas d’une séance précédente passé en revue.',
      'Séance 3 — jeudi 3 avril 2025',
      'Présences',
      'Fatoumata N’Diaye',
      'Prochains petits pas du cycle',
      'Règle : une seule inscription par organisation.',
    ])
      expect(text).toContain(expected);
  });
});
