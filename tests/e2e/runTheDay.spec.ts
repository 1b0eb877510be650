import type { Page } from '@playwright/test';
import { AgendaPage, ProjectorPage } from './pages/AgendaPage';
import { LibraryPage } from './pages/LibraryPage';
import { expect, screenshot, test, type Host } from './fixtures';

/** Times of the day in Gennevilliers (the tests run in Europe/Paris). */
const at = (time: string) => new Date(`2025-02-04T${time}+01:00`);

async function openApp(page: Page, host: Host, time: string): Promise<void> {
  // Installed before the page loads: the page's clock is Playwright's from the start.
  await page.clock.install({ time: at(time) });
  await page.goto(host.url);
  await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready');
}

test('animer la demi-journée de Gennevilliers : programme, minuteur, projection, dépassement, rechargement', async ({
  page,
  host,
}) => {
  const agenda = new AgendaPage(page);
  await openApp(page, host, '08:40:00');

  await test.step('le programme de Gennevilliers vient du modèle, heures exactes', async () => {
    await new LibraryPage(page).createFromTemplate(
      'Séminaire demi-journée',
      'Renforcer les coopérations éducatives',
      '2025-02-04',
    );
    expect(await agenda.plannedStarts()).toEqual([
      '9h00 Accueil convivial',
      '9h30 Introduction et interconnaissance',
      '10h00 Les éléments clés de l’impact collectif',
      '10h20 Exploration des 5 composantes de l’impact collectif — Temps#1',
      '11h10 Pause',
      '11h20 Exploration des 5 composantes de l’impact collectif — Temps#2',
      '11h45 L’impact collectif au cœur des cités éducatives franciliennes',
      '12h20 Conclusion',
    ]);
    await expect(page.getByText('9h00 – 12h30 · 3\u00a0h\u00a030')).toBeVisible();
  });

  await test.step('une séquence se modifie sur place, les heures suivent, le dépassement est signalé', async () => {
    await agenda.open('Introduction et interconnaissance');
    await agenda.field('Introduction et interconnaissance', 'Intervenants').fill('Pôle ressources');
    await agenda.field('Introduction et interconnaissance', 'Durée (min)').fill('40');
    await expect(agenda.sequence('Les éléments clés')).toContainText('10h10');
    await expect(
      page.getByRole('status').filter({ hasText: 'Le programme se termine à 12h40' }),
    ).toContainText('10\u00a0min après la fin de la séance (12h30)');
    await agenda.field('Introduction et interconnaissance', 'Durée (min)').fill('30');
    await expect(agenda.sequence('Les éléments clés')).toContainText('10h00');
    await expect(page.getByText('Le programme se termine')).toHaveCount(0);
    await expect(agenda.sequence('Introduction et interconnaissance')).toContainText(
      'Pôle ressources',
    );
  });

  await test.step('réordonner au clavier : la pause avant le Temps#1, puis à sa place', async () => {
    const handle = agenda.sequence('Pause').getByRole('button', { name: 'Déplacer « Pause »' });
    // Each key waits for what a screen reader would hear.
    const announced = (text: RegExp) => expect(page.getByText(text)).toBeAttached();
    await handle.focus();
    await page.keyboard.press('Space');
    // Picked up, then at once "over" its own place.
    await announced(/^«\sPause\s» (saisie, position|en position) 5 sur 8\.$/);
    await page.keyboard.press('ArrowUp');
    await announced(/^«\sPause\s» en position 4 sur 8\.$/);
    await page.keyboard.press('Space');
    await announced(/^«\sPause\s» posée en position 4 sur 8\.$/);
    await expect(agenda.sequence('Pause')).toContainText('10h20');
    await expect(
      agenda.sequence('Exploration des 5 composantes de l’impact collectif — Temps#1'),
    ).toContainText('10h30');
    await agenda.sequence('Pause').getByRole('button', { name: 'Descendre « Pause »' }).click();
    await expect(agenda.sequence('Pause')).toContainText('11h10');
    await expect(
      agenda.sequence('Pause').getByRole('button', { name: 'Descendre « Pause »' }),
    ).toBeFocused();
    await screenshot(page, 'agenda-plan-fr');
  });

  await test.step('glisser-déposer à la souris : la conclusion avant les témoignages, puis retour', async () => {
    const drag = async (title: string, onto: string) => {
      const handle = agenda.sequence(title).getByRole('button', { name: `Déplacer « ${title} »` });
      const from = (await handle.boundingBox())!;
      const to = (await agenda.sequence(onto).boundingBox())!;
      await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
      await page.mouse.down();
      await page.mouse.move(from.x + from.width / 2, to.y + to.height / 2, { steps: 12 });
      await page.mouse.up();
    };
    await drag('Conclusion', 'L’impact collectif au cœur des cités éducatives franciliennes');
    await expect(agenda.sequence('Conclusion')).toContainText('11h45');
    await expect(agenda.sequence('L’impact collectif')).toContainText('11h55');
    await page.keyboard.press('Control+z');
    await expect(agenda.sequence('Conclusion')).toContainText('12h20');
  });

  await test.step('à 9h00, la première séquence démarre', async () => {
    await page.clock.pauseAt(at('09:00:00'));
    await agenda.tab('Animer en direct').click();
    await agenda.controls().getByRole('button', { name: 'Démarrer' }).click();
    await expect(agenda.current()).toHaveText('Accueil convivial');
    await expect(agenda.remaining()).toHaveText('30:00');
  });

  const [room] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Ouvrir l’affichage pour la salle' }).click(),
  ]);
  const projector = new ProjectorPage(room);

  await test.step('l’affichage salle s’ouvre dans son onglet et suit la séance', async () => {
    await expect(room.locator('html')).toHaveAttribute('data-app-state', 'ready');
    await expect(room).toHaveURL(/\/projector\/[A-Za-z0-9_-]+$/);
    await expect(projector.screen()).toContainText('Accueil convivial');
    await expect(projector.remaining()).toHaveText('30:00');
  });

  await test.step('le temps passe : le même temps restant des deux côtés', async () => {
    await page.clock.runFor('12:34');
    await expect(agenda.remaining()).toHaveText('17:26');
    await expect(projector.remaining()).toHaveText('17:26');
    await page.clock.runFor(999);
    await expect(agenda.remaining()).toHaveText('17:26');
    await expect(projector.remaining()).toHaveText('17:26');
    await page.clock.runFor(1);
    await expect(agenda.remaining()).toHaveText('17:25');
    await expect(projector.remaining()).toHaveText('17:25');
  });

  await test.step('la minuterie passe zéro et compte le dépassement en rouge', async () => {
    await page.clock.runFor('16:24'); // 9h28m59s
    await expect(agenda.status()).toHaveText(/Bientôt la fin/);
    await page.clock.runFor('01:35'); // 9h30m34s
    await expect(agenda.remaining()).toHaveText('+0:34');
    await expect(projector.remaining()).toHaveText('+0:34');
    await expect(agenda.status()).toHaveText(
      'Temps écoulé\u00a0: le minuteur compte le dépassement.',
    );
    await expect(projector.remaining()).toHaveCSS('color', 'rgb(255, 107, 107)');
    await expect(page.locator('.run-day')).toContainText('+1\u00a0min de retard sur le programme');
    for (const [width, height] of [
      [1920, 1080],
      [1280, 720],
    ] as const) {
      await page.setViewportSize({ width, height });
      await room.setViewportSize({ width, height });
      await screenshot(page, `run-overtime-${width}x${height}`);
      await screenshot(room, `projector-overtime-${width}x${height}`);
    }
  });

  await test.step('N : la séquence suivante démarre, avec sa question', async () => {
    await page.keyboard.press('n');
    await expect(agenda.current()).toHaveText('Introduction et interconnaissance');
    await expect(agenda.remaining()).toHaveText('30:00');
    await expect(projector.remaining()).toHaveText('30:00');
    await expect(projector.screen()).toContainText(
      'Quels sont, selon vous, les plus beaux exemples de coopération sur votre territoire',
    );
    await expect(page.getByText('réel\u00a0: 9h00 – 9h30')).toBeVisible();
    await expect(page.locator('.run-day')).toContainText('+1\u00a0min de retard sur le programme');
    await expect(page.locator('.run-day')).toContainText('Fin prévue à 12h31');
  });

  await test.step('Espace met en pause, +1 min ajoute une minute, la salle suit', async () => {
    await page.clock.runFor('05:00');
    await page.keyboard.press('Space');
    await expect(projector.screen()).toContainText('Minuteur en pause');
    await page.clock.runFor('02:00');
    await expect(agenda.remaining()).toHaveText('25:00');
    await page.keyboard.press('+');
    await expect(agenda.remaining()).toHaveText('26:00');
    await expect(projector.remaining()).toHaveText('26:00');
    await page.keyboard.press('Space');
    await page.clock.runFor('00:10');
    await expect(agenda.remaining()).toHaveText('25:50');
    await expect(projector.remaining()).toHaveText('25:50');
  });

  await test.step('Ctrl+Z annule le travail, jamais le minuteur', async () => {
    await page.keyboard.press('Control+z');
    await expect(agenda.current()).toHaveText('Introduction et interconnaissance');
    await expect(agenda.remaining()).toHaveText('25:50');
  });

  await test.step('après rechargement, le minuteur continue où il en était', async () => {
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready');
    await expect(agenda.tab('Animer en direct')).toHaveAttribute('aria-selected', 'true');
    await expect(agenda.remaining()).toHaveText('25:50');
    await page.clock.runFor('00:05');
    await expect(agenda.remaining()).toHaveText('25:45');
    await expect(projector.remaining()).toHaveText('25:45');
  });

  await test.step('l’ordinateur se met en veille 3 minutes : au réveil, le temps est juste', async () => {
    await page.clock.fastForward('03:00');
    await expect(agenda.remaining()).toHaveText('22:45');
    await expect(projector.remaining()).toHaveText('22:45');
  });

  await test.step('pendant la pause, la salle lit l’heure de reprise', async () => {
    // 9h40m49s: the break starts and lasts 10 minutes.
    await page.getByRole('button', { name: 'Lancer « Pause »' }).click();
    await expect(projector.screen()).toContainText('Pause — reprise à 9h50');
    await expect(projector.remaining()).toHaveText('10:00');
    await screenshot(room, 'projector-pause');
  });
});

test('l’affichage salle en thème clair, pendant un world café en tours', async ({ page, host }) => {
  const agenda = new AgendaPage(page);
  await openApp(page, host, '10:00:00');
  await new LibraryPage(page).createFromTemplate(
    'World café',
    'World café de Liévin',
    '2025-03-11',
  );
  await page.clock.pauseAt(at('10:20:00'));
  await agenda.tab('Animer en direct').click();
  await page.getByRole('button', { name: 'Lancer « World café — 4 thématiques »' }).click();
  await page.getByRole('radio', { name: 'Clair (salle lumineuse)' }).check();
  const [room] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Ouvrir l’affichage pour la salle' }).click(),
  ]);
  const projector = new ProjectorPage(room);
  await expect(projector.screen()).toContainText('Tour 1 sur 4');
  await expect(projector.remaining()).toHaveText('20:00');
  await expect(projector.screen()).toHaveCSS('background-color', 'rgb(255, 255, 255)');

  await test.step('au bout de 20 minutes : changement de table, puis le tour 2', async () => {
    await page.clock.runFor('20:00');
    await expect(projector.screen()).toContainText('Changement de table');
    await expect(projector.screen()).toContainText('Ensuite\u00a0: tour 2 sur 4');
    await expect(projector.remaining()).toHaveText('2:00');
    await expect(agenda.current()).toHaveText('World café — 4 thématiques');
    await expect(page.getByText('Changement de table, puis tour 2 sur 4')).toBeVisible();
    await room.setViewportSize({ width: 1280, height: 720 });
    await screenshot(room, 'projector-change-light-1280x720');
    await page.clock.runFor('02:00');
    await expect(projector.screen()).toContainText('Tour 2 sur 4');
    await expect(projector.remaining()).toHaveText('20:00');
    await room.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(room, 'projector-round-light-1920x1080');
  });

  await test.step('ni l’animation ni l’affichage salle ne se redessinent plus d’une fois par seconde', async () => {
    const watch = (target: Page) =>
      target.evaluate(() => {
        const seen: number[] = [];
        new MutationObserver(() => seen.push(Date.now())).observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
        (window as unknown as { domUpdates: number[] }).domUpdates = seen;
      });
    const updates = (target: Page) =>
      target.evaluate(() => (window as unknown as { domUpdates: number[] }).domUpdates);
    await watch(page);
    await watch(room);
    await page.clock.runFor('00:10');
    for (const target of [page, room]) {
      const seen = await updates(target);
      // One update per displayed second, each on the second (the timer started on one).
      expect(seen).toHaveLength(10);
      expect(new Set(seen.map((t) => Math.floor(t / 1000))).size).toBe(10);
    }
  });
});
