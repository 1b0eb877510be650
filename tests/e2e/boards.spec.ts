import { BoardsPage } from './pages/BoardsPage';
import { LibraryPage } from './pages/LibraryPage';
import { SessionPage } from './pages/SessionPage';
import { expect, screenshot, test } from './fixtures';

const components = [
  'Vision commune',
  'Mesure partagée',
  'Actions qui se renforcent mutuellement',
  'Communication continue',
  'Structure de soutien (backbone)',
];

/** What three tables read aloud in Temps#1, ten ideas each. */
const ideas = [
  'Un diagnostic partagé du quartier',
  'Des indicateurs de réussite éducative communs',
  'Croiser les actions du PRE et de la cité éducative',
  'Une lettre d’information commune',
  'Un coordinateur pour porter la démarche',
  'Se mettre d’accord sur les mots',
  'Suivre ensemble l’absentéisme',
  'Des projets montés à plusieurs structures',
  'Des temps d’échange réguliers entre partenaires',
  'Un comité de pilotage qui associe les habitants',
];

test('saisir les post-it de trois tables, les classer, voter, noter les petits pas, joindre une photo : tout est là après rechargement', async ({
  app: page,
  host,
}) => {
  test.setTimeout(180_000);
  const boards = new BoardsPage(page);

  await test.step('un tableau « 5 composantes » pour le Temps#1', async () => {
    await new LibraryPage(page).createFromTemplate(
      'Séminaire demi-journée',
      'Renforcer les coopérations éducatives',
      '2025-02-04',
    );
    await boards.open();
    await boards.createBoard({
      kind: /Les 5 composantes/,
      sequence: 'Exploration des 5 composantes de l’impact collectif — Temps#1',
      groups: 'Table 1, Table 2, Table 3',
    });
    for (const title of components) await expect(boards.lane(title)).toBeVisible();
  });

  await test.step('30 post-it tapés au fil de la lecture, Alt+↓ passant d’une table à l’autre', async () => {
    const capture = boards.capture();
    await capture.focus();
    for (let table = 1; table <= 3; table++) {
      await expect(boards.group()).toHaveValue(`Table ${table}`);
      for (const idea of ideas) {
        await page.keyboard.type(`${idea} (T${table})`);
        await page.keyboard.press('Enter');
      }
      await page.keyboard.press('Alt+ArrowDown');
    }
    await expect(capture).toBeFocused();
    await expect(capture).toHaveValue('');
    await expect(boards.count('À classer')).toHaveText('30 post-it');
    await expect(await boards.find(`${ideas[0]} (T2)`)).toContainText('Table 2');
    await expect(page.getByText('1 post-it affiché sur 30')).toBeVisible();
    await boards.clearSearch();
  });

  await test.step('50 lignes collées : un aperçu, puis 50 post-it', async () => {
    await boards.group().selectOption('Table 3');
    const lines = Array.from({ length: 50 }, (_, i) => `- Piste n° ${i + 1} pour coopérer`);
    await boards.paste(lines.join('\n'));
    const preview = page.getByRole('dialog', { name: 'Ajouter 50 post-it ?' });
    await expect(preview.getByRole('listitem')).toHaveCount(50);
    await expect(preview.getByRole('listitem').first()).toHaveText('Piste n° 1 pour coopérer');
    await preview.getByRole('button', { name: 'Ajouter les 50 post-it' }).click();
    await expect(boards.count('À classer')).toHaveText('80 post-it');
  });

  await test.step('les 80 post-it classés dans les 5 composantes, au clavier', async () => {
    await boards.notesIn('À classer').first().focus();
    for (let i = 0; i < 80; i++) await page.keyboard.press(String((i % 5) + 1));
    await expect(boards.count('À classer')).toHaveText('aucun post-it');
    for (const title of components) await expect(boards.count(title)).toHaveText('16 post-it');
  });

  await test.step('un post-it glissé à la souris d’une colonne à l’autre', async () => {
    const moved = boards.notesIn('Vision commune').first();
    const text = await moved.locator('.note__text').textContent();
    const target = boards.notesIn('Mesure partagée').first();
    await moved.evaluate((note) => note.scrollIntoView({ block: 'center' }));
    const from = (await moved.boundingBox())!;
    const to = (await target.boundingBox())!;
    await page.mouse.move(from.x + 20, from.y + 10);
    await page.mouse.down();
    await page.mouse.move(from.x + 40, from.y + 30, { steps: 5 });
    await page.mouse.move(to.x + 20, to.y + 10, { steps: 15 });
    await page.mouse.up();
    await expect(boards.count('Mesure partagée')).toHaveText('17 post-it');
    await expect(boards.lane('Mesure partagée').getByText(text!)).toBeVisible();
    await page.keyboard.press('Control+z');
    await expect(boards.count('Vision commune')).toHaveText('16 post-it');

    // The same with the keyboard, as dnd-kit offers it: Space, an arrow, Space. Each key waits
    // for what the previous one did (the note picked up, then what a screen reader hears it is
    // over), as a user would and as a loaded machine needs.
    const spoken = page.locator('[id^="DndLiveRegion-"]');
    const targets = [
      'Mesure partagée',
      ...(await boards.notesIn('Mesure partagée').locator('.note__text').allTextContents()),
    ];
    const picked = boards.notesIn('Vision commune').first();
    await picked.focus();
    await expect(picked).toBeFocused();
    await page.keyboard.press('Space');
    await expect(picked).toHaveClass(/note--dragging/);
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(async () => {
        const text = (await spoken.textContent()) ?? '';
        return targets.some((target) => text.includes(`«\u00a0${target}\u00a0»`));
      })
      .toBe(true);
    await page.keyboard.press('Space');
    await expect(spoken).toContainText('posé dans «\u00a0Mesure partagée\u00a0»');
    await expect(boards.count('Mesure partagée')).toHaveText('17 post-it');
    await page.keyboard.press('Alt+ArrowLeft');
    await expect(boards.count('Vision commune')).toHaveText('16 post-it');
  });

  await test.step('un vote par table : 3 gommettes chacune, au clavier', async () => {
    await page.getByRole('button', { name: 'Organiser un vote' }).click();
    await page.getByLabel('Qui pose les gommettes ?').selectOption('Table 1');
    const favourite = await boards.find(`${ideas[0]} (T1)`);
    await favourite.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('+');
    await expect(page.getByText('Table 1 : plus de gommette')).toBeVisible();
    await expect(favourite.getByLabel('3 gommettes')).toBeVisible();
    await page.getByLabel('Qui pose les gommettes ?').selectOption('Table 2');
    await (await boards.find(`${ideas[4]} (T2)`)).focus();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await boards.clearSearch();
    const ranking = page.getByRole('region', { name: 'Vote par gommettes' }).getByRole('listitem');
    await expect(ranking.first()).toContainText(`${ideas[0]} (T1)`);
    await expect(ranking.first()).toContainText('3 gommettes');
    await expect(ranking.nth(1)).toContainText('2 gommettes');
  });

  await test.step('deux prochains petits pas', async () => {
    const steps = [
      ['Réunir les coordinateurs PRE et cité éducative', 'Aïcha Benali', '2025-03-14', 'Table 1'],
      [
        'Écrire la lettre d’information commune',
        'Centre social Les Oliviers',
        '2025-04-01',
        'Table 2',
      ],
    ];
    for (const [what, who, when, group] of steps)
      await boards.addNextStep(what!, who!, when!, group!);
    await expect(page.getByLabel(`Qui — ${steps[1]![0]}`)).toHaveValue(
      'Centre social Les Oliviers',
    );
  });

  await test.step('une photo du paperboard, avec sa légende, tournée d’un quart de tour', async () => {
    const jpeg = await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 640;
      canvas.height = 480;
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#f5f1e6';
      context.fillRect(0, 0, 640, 480);
      context.fillStyle = '#1a3f8f';
      context.font = 'bold 44px sans-serif';
      context.fillText('Vision commune', 40, 90);
      context.fillStyle = '#f7d84a';
      for (let i = 0; i < 6; i++)
        context.fillRect(40 + (i % 3) * 190, 150 + Math.floor(i / 3) * 150, 160, 120);
      return canvas.toDataURL('image/jpeg', 0.9).split(',')[1]!;
    });
    await page.getByLabel('Ajouter une photo').setInputFiles({
      name: 'paperboard-table-3.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from(jpeg, 'base64'),
    });
    const photo = page.getByRole('img', { name: 'Photo sans légende' });
    await expect(photo).toBeVisible();
    await page.getByLabel('Légende').fill('Paperboard de la table 3');
    await page.getByRole('button', { name: 'Pivoter d’un quart de tour' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('img', { name: 'Photo : Paperboard de la table 3' })
          .evaluate((img: HTMLImageElement) => img.naturalHeight > img.naturalWidth),
      )
      .toBe(true);
  });

  await test.step('un fichier qui n’est pas une photo est refusé, en français', async () => {
    await page.getByLabel('Ajouter une photo').setInputFiles({
      name: 'compte-rendu.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\n'),
    });
    await expect(page.getByText('« compte-rendu.pdf » n’est pas une photo.')).toBeVisible();
  });

  await new SessionPage(page).waitSaved();
  await screenshot(page, 'boards-board-fr');

  await test.step('un tableau de mots-clés, montré à la salle en nuage', async () => {
    await boards.createBoard({
      kind: /Mots-clés/,
      sequence: 'Introduction et interconnaissance',
      groups: 'Table 1, Table 2, Table 3, Table 4, Table 5, Table 6',
    });
    const keywords = [
      'Confiance',
      'Écoute',
      'confiance',
      'Réseaux',
      'Confiances',
      'réseau',
      'Temps',
      'Objectif commun',
    ];
    await boards.capture().focus();
    for (const word of keywords) {
      await page.keyboard.type(word);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Alt+ArrowDown');
    }
    const cloud = page.getByRole('list', { name: 'Nuage de mots' });
    await expect(cloud.getByRole('listitem').filter({ hasText: 'Confiance' })).toContainText('3');
    await page.getByRole('button', { name: 'Montrer à la salle' }).click();
    await expect(page.getByText('À l’écran de la salle')).toBeVisible();

    const sessionId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]!);
    const projector = await page.context().newPage();
    await projector.goto(
      `${host.origin}/projector/${encodeURIComponent(sessionId)}#token=${host.token}`,
    );
    const roomCloud = projector.getByRole('list', { name: 'Nuage de mots' });
    await expect(roomCloud.getByRole('listitem')).toHaveCount(5);
    await boards.capture().fill('Bienveillance');
    await boards.capture().press('Enter');
    await expect(roomCloud.getByRole('listitem')).toHaveCount(6);
    await screenshot(projector, 'boards-projector-cloud');
    await screenshot(page, 'boards-keywords-fr');

    await page.getByRole('button', { name: /Les 5 composantes/ }).click();
    await page.getByRole('button', { name: 'Montrer le vote à la salle' }).click();
    const top = projector.getByRole('listitem');
    await expect(top.first()).toContainText(`${ideas[0]} (T1)`);
    await expect(top.first()).toContainText('3 gommettes');
    await screenshot(projector, 'boards-projector-votes');
    await projector.close();
  });

  await test.step('des regroupements libres, nommés au fil de la restitution', async () => {
    await boards.createBoard({
      kind: /Regroupements libres/,
      sequence: 'Exploration des 5 composantes de l’impact collectif — Temps#2',
      groups: 'Table 1, Table 2',
      title: 'Restitution',
    });
    await boards.capture().fill('Prendre le temps de se connaître');
    await boards.capture().press('Enter');
    await page.getByRole('button', { name: 'Nouveau regroupement' }).click();
    await expect(page.getByLabel('Nom de la colonne')).toBeFocused();
    await page.keyboard.type('Interconnaissance');
    await page.keyboard.press('Enter');
    await boards.notesIn('À classer').first().focus();
    await page.keyboard.press('1');
    await expect(boards.count('Interconnaissance')).toHaveText('1 post-it');
  });

  await test.step('après rechargement, tout est là', async () => {
    await new SessionPage(page).waitSaved();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready');
    await page.getByRole('button', { name: /Les 5 composantes/ }).click();
    for (const title of components) await expect(boards.count(title)).toHaveText('16 post-it');
    await expect((await boards.find(`${ideas[0]} (T1)`)).getByLabel('3 gommettes')).toBeVisible();
    await expect(
      page.getByLabel(`Qui — Réunir les coordinateurs PRE et cité éducative`),
    ).toHaveValue('Aïcha Benali');
    await expect(page.getByRole('img', { name: 'Photo : Paperboard de la table 3' })).toBeVisible();
    await page.getByRole('button', { name: /Restitution/ }).click();
    await expect(boards.count('Interconnaissance')).toHaveText('1 post-it');
    await page.getByRole('button', { name: /Mots-clés/ }).click();
    await expect(
      page.getByRole('list', { name: 'Nuage de mots' }).getByRole('listitem'),
    ).toHaveCount(6);
  });
});
