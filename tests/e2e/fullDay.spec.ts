/**
 * The day the product is for, end to end and through the screens only: the Gennevilliers
 * half-day built from its template, 60 registrations imported, the morning's check-in, the
 * timers, mixed groups, keywords, sticky notes and votes, a next step, and at 12h30 the
 * minutes, opened in LibreOffice and read back. Each feature has its own journey; this one
 * proves they make one day together.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import {
  canOpenDocuments,
  docxToPdf,
  mustOpenDocuments,
  pdfText,
  renderPages,
} from '../../electron/services/exporters/testing/libreOffice';
import { AgendaPage } from './pages/AgendaPage';
import { BoardsPage } from './pages/BoardsPage';
import { CheckInPage } from './pages/CheckInPage';
import { GroupsPage } from './pages/GroupsPage';
import { LibraryPage } from './pages/LibraryPage';
import { ParticipantsPage } from './pages/ParticipantsPage';
import { SessionPage } from './pages/SessionPage';
import { expect, screenshot, test } from './fixtures';

const registrations = fileURLToPath(
  new URL('../fixtures/imports/seminaire-60-participants.csv', import.meta.url),
);

/** Times of the day in Gennevilliers (the tests run in Europe/Paris). */
const at = (time: string) => new Date(`2025-02-04T${time}+01:00`);

const interconnaissance = 'Introduction et interconnaissance';
const temps1 = 'Exploration des 5 composantes de l’impact collectif — Temps#1';

async function section(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Parties de la séance' })
    .getByRole('link', { name, exact: true })
    .click();
}

test('la demi-journée de Gennevilliers de bout en bout : programme, 60 inscrits, émargement, minuteurs, groupes, post-it, votes, compte-rendu', async ({
  page,
  host,
}) => {
  test.setTimeout(240_000);
  const agenda = new AgendaPage(page);
  const participants = new ParticipantsPage(page);
  const checkIn = new CheckInPage(page);
  const groups = new GroupsPage(page);
  const boards = new BoardsPage(page);

  await page.clock.install({ time: at('08:15:00') });
  await page.goto(host.url);
  await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready');

  await test.step('la veille : la séance vient du modèle demi-journée', async () => {
    await new LibraryPage(page).createFromTemplate(
      'Séminaire demi-journée',
      'Renforcer les coopérations éducatives',
      '2025-02-04',
    );
    await new SessionPage(page).field('Animation').fill('Scop Accolades, Pôle ressources');
    await expect(agenda.sequence(temps1)).toContainText('10h20');
  });

  await test.step('les 60 inscrits arrivent du fichier du formulaire', async () => {
    await participants.open();
    await participants.chooseFile(registrations);
    const dialog = participants.importDialog();
    await expect(dialog.getByRole('status')).toContainText('60 personnes à ajouter');
    await dialog.getByRole('button', { name: 'Importer 60 personnes' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('60 personnes dans la liste')).toBeVisible();
  });

  await test.step('à l’accueil : 57 présents pointés au clavier, 2 absents, 1 excusé', async () => {
    await checkIn.open();
    await page.getByLabel('Seulement les personnes à pointer').check();
    await checkIn.search().focus();
    await page.keyboard.press('ArrowDown');
    for (let i = 0; i < 57; i++) await page.keyboard.press('p');
    await page.keyboard.press('a');
    await page.keyboard.press('a');
    await page.keyboard.press('e');
    await expect(checkIn.counts()).toContainText('57 présents sur 60');
  });

  await test.step('9h00 : l’accueil démarre, puis l’interconnaissance avec deux minutes de retard', async () => {
    await page.clock.pauseAt(at('09:00:00'));
    await section(page, 'Programme');
    await agenda.tab('Animer en direct').click();
    await agenda.controls().getByRole('button', { name: 'Démarrer' }).click();
    await expect(agenda.current()).toHaveText('Accueil convivial');
    await page.clock.runFor('32:00');
    await expect(agenda.remaining()).toHaveText('+2:00');
    await agenda.controls().getByRole('button', { name: 'Séquence suivante' }).click();
    await expect(agenda.current()).toHaveText(interconnaissance);
    await expect(agenda.remaining()).toHaveText('30:00');
  });

  await test.step('des groupes de 5 qui ne se connaissent pas, formés pour la séquence en cours', async () => {
    await section(page, 'Groupes');
    await page.getByRole('button', { name: 'Nouvelle répartition' }).click();
    await expect(page.getByLabel('Séquence du programme')).toHaveValue(/.+/);
    await expect(page.getByLabel('Méthode')).toHaveValue('mixed');
    await expect(page.getByText('57 personnes').first()).toBeVisible();
    await groups.generate();
    await expect(groups.score()).toContainText('Personne n’est avec un collègue de sa structure');
    await expect(groups.score()).toContainText('Collèges équilibrés entre les groupes');
    // 57 people in groups of 5: the two left over make two groups of 6.
    await expect(groups.score()).toContainText('Groupes de 5 à 6 personnes');
    await expect(page.locator('.group-card')).toHaveCount(11);
  });

  await test.step('chaque groupe donne son mot-clé de la coopération', async () => {
    await boards.open();
    await boards.createBoard({
      kind: /Mots-clés/,
      sequence: interconnaissance,
      groups: 'Groupe 1, Groupe 2, Groupe 3, Groupe 4, Groupe 5, Groupe 6',
    });
    await boards.capture().focus();
    for (const keyword of ['Confiance', 'Écoute', 'confiance', 'Réseaux', 'Confiances', 'Temps']) {
      await page.keyboard.type(keyword);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Alt+ArrowDown');
    }
    await expect(page.getByRole('region', { name: /nuage/i }).first()).toContainText('Confiance');
  });

  await test.step('10h20 : le Temps#1, des post-it classés dans les 5 composantes, un vote', async () => {
    await section(page, 'Programme');
    await page.clock.runFor('30:00');
    await agenda.controls().getByRole('button', { name: 'Séquence suivante' }).click();
    await expect(agenda.current()).toHaveText('Les éléments clés de l’impact collectif');
    await page.clock.runFor('20:00');
    await agenda.controls().getByRole('button', { name: 'Séquence suivante' }).click();
    await expect(agenda.current()).toHaveText(temps1);
    await boards.open();
    await boards.createBoard({
      kind: /Les 5 composantes/,
      sequence: temps1,
      groups: 'Table 1, Table 2',
    });
    await boards.capture().focus();
    const ideas = [
      'Un diagnostic partagé du quartier',
      'Des indicateurs de réussite éducative communs',
      'Croiser les actions du PRE et de la cité éducative',
      'Une lettre d’information commune',
      'Un coordinateur pour porter la démarche',
    ];
    for (const idea of ideas) {
      await page.keyboard.type(idea);
      await page.keyboard.press('Enter');
    }
    await expect(boards.count('À classer')).toHaveText('5 post-it');
    await boards.notesIn('À classer').first().focus();
    for (let i = 0; i < ideas.length; i++) await page.keyboard.press(String(i + 1));
    await expect(boards.count('À classer')).toHaveText('aucun post-it');

    await page.getByRole('button', { name: 'Organiser un vote' }).click();
    await page.getByLabel('Qui pose les gommettes ?').selectOption('Table 1');
    await (await boards.find(ideas[4]!)).focus();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await boards.clearSearch();
    await boards.addNextStep(
      'Réunir les coordinateurs PRE et cité éducative',
      'Ville de Gennevilliers',
      '2025-03-14',
      'Table 1',
    );
    await screenshot(page, 'full-day-board');
  });

  await test.step('la matinée se déroule jusqu’à la conclusion, les heures réelles sont notées', async () => {
    await section(page, 'Programme');
    for (const minutes of ['50:00', '10:00', '25:00', '35:00']) {
      await page.clock.runFor(minutes);
      await agenda.controls().getByRole('button', { name: 'Séquence suivante' }).click();
    }
    await expect(agenda.current()).toHaveText('Conclusion');
    await page.clock.runFor('10:00');
    await agenda.controls().getByRole('button', { name: 'Terminer le programme' }).click();
  });

  let saved = '';
  await test.step('12h30 : le compte-rendu en un clic, enregistré à côté de la séance', async () => {
    await section(page, 'Compte-rendu');
    await page.getByRole('button', { name: 'Choisir le contenu… Compte-rendu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Exporter le compte-rendu' });
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Exporter (.docx)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(
      'Compte-rendu - Renforcer les coopérations éducatives - 2025-02-04.docx',
    );
    const where = page.getByRole('status').filter({ hasText: 'est enregistré ici' });
    saved = (await where.locator('code').textContent())!;
    expect(saved.startsWith(host.library)).toBe(true);
    expect(existsSync(saved)).toBe(true);
  });

  await test.step('il s’ouvre dans LibreOffice et dit ce que la matinée a produit', async () => {
    // CI installs LibreOffice, and there the check must run.
    if (!canOpenDocuments && !mustOpenDocuments) return;
    const pdf = docxToPdf(saved);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    for (const expected of [
      'Renforcer les coopérations éducatives',
      'Mardi 4 février 2025, 9h00 – 12h30',
      '57 personnes présentes',
      'Déroulé de la séance',
      interconnaissance,
      'Confiance',
      'Un coordinateur pour porter la démarche',
      // The next step (its cell wraps, beside the owner's).
      'Réunir les coordinateurs PRE et cité',
      '14 mars',
      'Bérénice Hamon',
      // The agenda as it ran: the welcome started at 9h00 and took 32 minutes (+2 min).
      'Accueil convivial 9h00 30 min 9h00 32 min +2 min',
    ])
      expect(text, expected).toContain(expected);
    renderPages(pdf, 'full-day-minutes', 3);
  });
});
