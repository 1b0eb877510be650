import { GroupsPage } from './pages/GroupsPage';
import { seedSession } from './seedSession';
import { expect, screenshot, test } from './fixtures';

test('former un world café de 60 personnes sur 4 tours avec 12 hôtes, ajuster à la main, le montrer à la salle', async ({
  page,
  host,
  context,
}) => {
  const session = await seedSession(host.library, {
    templateId: 'world-cafe',
    title: 'World café de Liévin',
    date: '2025-03-11',
    registrations: 'seminaire-60-participants.csv',
  });
  const groups = new GroupsPage(page);

  await test.step('la partie Groupes propose un world café pour les 60 présents', async () => {
    await page.goto(`${host.origin}/session/${session.id}/groups#token=${host.token}`);
    await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready');
    await page.getByRole('button', { name: 'Nouvelle répartition' }).click();
    await expect(page.getByLabel('Nom de la répartition')).toHaveValue(
      'World café — 4 thématiques',
    );
    await expect(page.getByLabel('Méthode')).toHaveValue('rotation');
    await expect(page.getByLabel('Nombre de tours')).toHaveValue('4');
    await expect(page.getByLabel('Les personnes marquées présentes (60)')).toBeChecked();
    await expect(page.getByText('60 personnes : 12 groupes de 5.')).toBeVisible();
  });

  await test.step('douze hôtes restent à leur table', async () => {
    await groups.addHosts(12);
    await screenshot(page, 'groups-settings-fr');
  });

  await test.step('les groupes sont formés hors de la fenêtre : aucune rencontre répétée, contraintes tenues', async () => {
    const worker = page.waitForEvent('worker');
    await groups.generate();
    expect((await worker).url()).toMatch(/grouping\.worker-[\w-]+\.js$/);
    await expect(groups.score()).toContainText('Aucune rencontre répétée');
    await expect(groups.score()).toContainText('Toutes les contraintes sont respectées');
    await expect(groups.score()).toContainText('Groupes de 5 personnes');
    await expect(page.locator('.group-card')).toHaveCount(12);
    await expect(groups.table('Table 1').getByText('Hôte')).toBeVisible();
    await screenshot(page, 'groups-round1-fr');
  });

  await test.step('glisser une personne vers une autre table change l’évaluation', async () => {
    await groups.round('Tour 2').click();
    const before = await groups.score().textContent();
    const moved = groups.movablePeople('Table 1').first();
    const name = (await moved.locator('.person-chip__name').textContent())!;
    await groups.drag(moved, groups.table('Table 2'));
    await expect(groups.table('Table 2').getByText(name, { exact: true })).toBeVisible();
    await expect(groups.score()).toContainText('Tailles inégales : de 4 à 6 personnes');
    expect(await groups.score().textContent()).not.toBe(before);
    await screenshot(page, 'groups-after-drag-fr');
  });

  await test.step('au clavier : Espace, flèche, Espace remet la personne à la table 1', async () => {
    const person = groups.movablePeople('Table 2').last();
    const name = (await person.locator('.person-chip__name').textContent())!;
    // Each key waits for what the previous one did, as a user hears it (a loaded machine lags).
    const spoken = page.locator('[id^="DndLiveRegion-"]');
    await person.focus();
    await expect(person).toBeFocused();
    await page.keyboard.press('Space');
    await expect(person).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(spoken).toContainText(`${name} au-dessus de Table 1.`);
    await page.keyboard.press('Space');
    await expect(spoken).toContainText(`${name} rejoint Table 1.`);
    await expect(groups.table('Table 1').getByText(name, { exact: true })).toBeVisible();
    await expect(groups.score()).toContainText('Groupes de 5 personnes');
  });

  await test.step('la salle voit le tour 2, puis la table de chacun à chaque tour', async () => {
    const room = await context.newPage();
    await room.goto(`${host.origin}/projector/${session.id}#token=${host.token}`);
    await expect(room.locator('html')).toHaveAttribute('data-app-state', 'ready');
    await page.getByRole('button', { name: 'Montrer à la salle' }).click();
    await expect(
      room.getByRole('heading', { name: 'Tour 2 — World café — 4 thématiques' }),
    ).toBeVisible();
    await expect(room.getByRole('heading', { name: 'Table 1', exact: true })).toBeVisible();
    await expect(room.getByRole('heading', { level: 2 })).toHaveCount(12);
    await screenshot(room, 'groups-projector-round-fr');

    await groups.round('Qui va où').click();
    await page.getByRole('button', { name: 'Montrer à la salle' }).click();
    await expect(room.getByRole('heading', { name: 'Votre table à chaque tour' })).toBeVisible();
    await expect(room.locator('.room-everyone__row')).toHaveCount(60);
    await screenshot(room, 'groups-projector-everyone-fr');
    await screenshot(page, 'groups-who-goes-where-fr');
  });
});

test('répartir par thème choisi : les choix viennent des étiquettes de l’inscription', async ({
  page,
  host,
}) => {
  const session = await seedSession(host.library, {
    templateId: 'world-cafe',
    title: 'Ateliers de Lens',
    date: '2025-03-11',
    registrations: 'seminaire-60-participants.csv',
  });
  const groups = new GroupsPage(page);
  await page.goto(`${host.origin}/session/${session.id}/groups#token=${host.token}`);
  await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready');
  await page.getByRole('button', { name: 'Nouvelle répartition' }).click();

  await test.step('trois thèmes de 20 places, un seul tour', async () => {
    await page.getByLabel('Méthode').selectOption({ label: 'Par thème choisi' });
    await page.getByLabel('Nombre de tours').fill('1');
    for (const [index, theme] of ['Tranquillité publique', 'Logement', 'Emploi'].entries()) {
      await page.getByRole('button', { name: 'Ajouter un thème' }).click();
      await page.getByLabel(`Thème ${index + 1}`, { exact: true }).fill(theme);
      await page.getByLabel('Places').nth(index).fill('20');
    }
    await expect(page.getByText('60 places pour 60 personnes.')).toBeVisible();
  });

  await test.step('les choix sont repris des étiquettes, puis les groupes formés', async () => {
    await page.getByRole('button', { name: 'Reprendre les choix des étiquettes' }).click();
    await page.getByText('Choix de chacun : 15 personnes sur 60 en ont exprimé').click();
    const firstChoice = page.getByRole('combobox', { name: /^Choix 1 de / });
    await expect(
      firstChoice.filter({ has: page.locator('option:checked', { hasText: 'Logement' }) }),
    ).not.toHaveCount(0);
    await screenshot(page, 'groups-themes-settings-fr');
    await groups.generate();
    await expect(groups.table('Tranquillité publique')).toBeVisible();
    // Fifteen people named a theme among their tags: each has the first of them.
    await expect(groups.score()).toContainText('15 placements sur 15 au premier choix');
    await expect(groups.score()).not.toContainText('hors des choix exprimés');
    await screenshot(page, 'groups-themes-result-fr');
  });
});
