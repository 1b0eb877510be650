import { fileURLToPath } from 'node:url';
import {
  canOpenDocuments,
  docxToPdf,
  mustOpenDocuments,
  pdfText,
  renderPages,
} from '../../electron/services/exporters/testing/libreOffice';
import { CheckInPage } from './pages/CheckInPage';
import { LibraryPage } from './pages/LibraryPage';
import { ParticipantsPage } from './pages/ParticipantsPage';
import { SessionPage } from './pages/SessionPage';
import { expect, screenshot, test } from './fixtures';

const googleForms = fileURLToPath(
  new URL('../fixtures/imports/google-forms-lievin.csv', import.meta.url),
);

test('inscrits : importer l’export Google Forms, pointer les arrivées, imprimer la feuille d’émargement', async ({
  app: page,
}, testInfo) => {
  testInfo.setTimeout(120_000);
  const participants = new ParticipantsPage(page);
  const checkIn = new CheckInPage(page);
  const dialog = participants.importDialog();

  await test.step('une séance à Liévin, où Aïcha Benali est déjà inscrite à la main', async () => {
    await new LibraryPage(page).createFromTemplate(
      'Séminaire demi-journée',
      'Tranquillité publique et vie des quartiers',
      '2025-02-04',
    );
    await new SessionPage(page).field('Lieu').fill('Salle des fêtes, Liévin');
    await participants.open();
    await expect(page.getByText('Personne n’est encore inscrit à cette séance.')).toBeVisible();
    await participants.add({
      lastName: 'BENALI',
      firstName: 'Aicha',
      organisation: 'Mairie de Liévin',
      role: 'Collectivité',
    });
    await expect(participants.row('BENALI')).toContainText('Mairie de Liévin');
  });

  await test.step('l’aperçu dit comment le fichier est lu et ce que devient chaque colonne', async () => {
    await participants.chooseFile(googleForms);
    await expect(dialog.getByText('google-forms-lievin.csv')).toBeVisible();
    await expect(dialog).toContainText(
      'texte UTF-8, séparateur virgule, en-têtes ligne 1. 10 lignes d’inscription.',
    );
    await expect(participants.mapping('Horodateur')).toHaveValue('');
    await expect(participants.mapping('Adresse e-mail')).toHaveValue('email');
    await expect(participants.mapping('Type de structure')).toHaveValue('role');
    await expect(participants.mapping('Fonction')).toHaveValue('');
    await expect(dialog.getByText('Ligne 9\u00a0: adresse e-mail invalide')).toBeVisible();
  });

  await test.step('la colonne « Fonction » va dans les remarques : l’aperçu suit', async () => {
    await participants.mapping('Fonction').selectOption({ label: 'Remarques' });
    const people = dialog.getByRole('table', { name: /premières personnes/ });
    await expect(people.getByRole('row').nth(1)).toContainText('Benali');
    await expect(dialog.getByRole('status')).toContainText('7 personnes à ajouter');
    await screenshot(page, 'participants-import-preview');
  });

  await test.step('deux doublons : Aïcha, déjà là, est complétée ; le second envoi de Jérôme est ignoré', async () => {
    await expect(dialog.getByRole('heading', { name: '2 doublons à vérifier' })).toBeVisible();
    const aicha = participants.duplicate(2);
    await expect(aicha).toContainText('Déjà dans la séance\u00a0: Aicha BENALI, Mairie de Liévin');
    await expect(aicha.getByRole('radio', { name: /Fusionner/ })).toBeChecked();
    const jerome = participants.duplicate(10);
    await expect(jerome).toContainText('Même personne que la ligne 4');
    await jerome.getByRole('radio', { name: 'Ignorer' }).check();
    await expect(dialog.getByRole('status')).toHaveText(
      '7 personnes à ajouter · 1 fiche complétée · 1 doublon ignoré · 1 ligne non lue.',
    );
    await dialog.getByRole('heading', { name: '2 doublons à vérifier' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'participants-import-duplicates');
    await dialog.getByRole('button', { name: 'Importer 7 personnes' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('7 personnes ajoutées, 1 fiche complétée.')).toBeVisible();
  });

  await test.step('la liste : 8 personnes, triées par nom, comptées par collège et par structure', async () => {
    await expect(page.getByText('8 personnes dans la liste')).toBeVisible();
    await expect(participants.table().getByRole('rowheader')).toHaveText([
      'BENALI',
      'Da Silva',
      'Dupont-Aignan',
      'Haddad',
      'Lagarde',
      'Lefèvre',
      'N’Diaye',
      'Œillet',
    ]);
    await expect(
      page.getByRole('button', { name: 'Collectivité\u00a0: 3 personnes' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'État\u00a0: 2 personnes' })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('lievin');
    await expect(page.getByText('5 personnes sur 8')).toBeVisible();
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('');
    await participants.row('Lefèvre').getByRole('button', { name: 'Modifier' }).click();
    const card = page.getByRole('dialog', { name: 'Fiche participant\u00a0: Jérôme Lefèvre' });
    await expect(card.getByLabel('Remarques')).toHaveValue('Directeur');
    await expect(card.getByLabel('E-mail')).toHaveValue('j.lefevre@cs-oliviers.org');
    await card.getByRole('button', { name: 'Terminé' }).click();
    await screenshot(page, 'participants-list');
  });

  await test.step('importer le même fichier une seconde fois n’ajoute personne', async () => {
    await participants.chooseFile(googleForms);
    await expect(
      dialog.getByRole('button', { name: 'Tout le monde est déjà dans la séance' }),
    ).toBeDisabled();
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await expect(page.getByText('8 personnes dans la liste')).toBeVisible();
  });

  await test.step('le matin : quelques lettres et Entrée pointent la personne présente', async () => {
    await checkIn.open();
    await expect(checkIn.search()).toBeFocused();
    await checkIn.search().pressSequentially('ndi');
    await expect(checkIn.person('Éloïse N’Diaye')).toBeVisible();
    await checkIn.search().press('Enter');
    await expect(checkIn.lastMarked()).toHaveText(
      'Dernier pointage\u00a0: Éloïse N’Diaye — Présent.',
    );
    await expect(checkIn.search()).toHaveValue('');
    await expect(checkIn.search()).toBeFocused();
    await expect(checkIn.counts()).toContainText('1 présent sur 8');
  });

  await test.step('plusieurs personnes trouvées : ↓ puis une touche (E excusé)', async () => {
    await checkIn.search().pressSequentially('ma');
    await checkIn.search().press('ArrowDown');
    await expect(checkIn.person('Maëlle Dupont-Aignan')).toBeFocused();
    await page.keyboard.press('e');
    await expect(checkIn.lastMarked()).toContainText('Maëlle Dupont-Aignan — Excusé');
    await expect(checkIn.search()).toBeFocused();
  });

  await test.step('une erreur de pointage s’annule avec Ctrl+Z', async () => {
    await checkIn.search().pressSequentially('lagarde');
    await checkIn.search().press('Enter');
    await expect(checkIn.counts()).toContainText('2 présents sur 8');
    await page.keyboard.press('Control+z');
    await expect(checkIn.counts()).toContainText('1 présent sur 8');
  });

  await test.step('une personne non inscrite est ajoutée sur place, déjà présente', async () => {
    await checkIn.search().pressSequentially('Paul Martin');
    await expect(
      page.getByText('Personne ne correspond à «\u00a0Paul Martin\u00a0» dans la liste.'),
    ).toBeVisible();
    await checkIn.search().press('Enter');
    const walkIn = page.getByRole('dialog', {
      name: 'Ajouter une personne venue sans inscription',
    });
    await expect(walkIn.getByLabel('Nom', { exact: true })).toHaveValue('Martin');
    await expect(walkIn.getByLabel('Prénom')).toHaveValue('Paul');
    await walkIn.getByLabel('Structure').fill('Bailleur Maisons & Cités');
    await walkIn.getByLabel('Collège').selectOption('Entreprise');
    await walkIn.getByRole('button', { name: 'Ajouter et pointer présent' }).click();
    await expect(walkIn).toBeHidden();
    await expect(checkIn.counts()).toContainText('2 présents sur 9');
    await expect(checkIn.counts()).toContainText('1 inscription sur place');
    await expect(
      checkIn.counts().getByRole('list', { name: 'Présents par collège' }),
    ).toContainText('Entreprise1/2');
    await expect(checkIn.person('Paul Martin')).toContainText('sur place');
    await screenshot(page, 'participants-check-in');
  });

  await test.step('la feuille d’émargement s’exporte depuis l’émargement', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Feuille d’émargement (.docx)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(
      'Feuille d’émargement - Tranquillité publique et vie des quartiers - 2025-02-04.docx',
    );
    await expect(page.getByRole('status').filter({ hasText: 'est enregistré ici' })).toBeVisible();
    // CI installs LibreOffice (.ci/run): there, a missing soffice fails instead of skipping.
    if (!canOpenDocuments && !mustOpenDocuments) return;
    const docx = testInfo.outputPath('feuille-emargement.docx');
    await download.saveAs(docx);
    // pdftotext writes no-break spaces as plain ones.
    const text = pdfText(docxToPdf(docx)).replace(/[\u00a0\u202f]/g, ' ');
    // Sorted by last name, excused people left out, the walk-in on the list.
    const order = [
      'BENALI',
      'DA SILVA',
      'HADDAD',
      'LAGARDE',
      'LEFÈVRE',
      'MARTIN',
      'N’DIAYE',
      'ŒILLET',
    ];
    const positions = order.map((name) => text.indexOf(name));
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).not.toContain('DUPONT-AIGNAN');
    expect(text).toContain('Mardi 4 février 2025');
    expect(text).toContain('Lieu : Salle des fêtes, Liévin');
    renderPages(docx.replace(/\.docx$/, '.pdf'), 'participants-signature-sheet', 1);
  });
});
