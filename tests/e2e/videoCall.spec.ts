import type { Page } from '@playwright/test';
import { AgendaPage, ProjectorPage } from './pages/AgendaPage';
import { LibraryPage } from './pages/LibraryPage';
import { expect, screenshot, test } from './fixtures';

// The size of the window shared in the call: the browser build's popup is 1280 × 720 inside.
test.use({ viewport: { width: 1280, height: 720 } });

/** What the call would show of the room: nothing to click, type or tab to, no scroll bar. */
async function expectNoControls(room: Page): Promise<void> {
  const controls = room.locator(
    'button, a, input, select, textarea, [role="button"], [role="link"], [tabindex]',
  );
  await expect(controls).toHaveCount(0);
  const page = await room.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
    cursor: getComputedStyle(document.querySelector('main')!).cursor,
  }));
  expect(page).toEqual({ width: 1280, height: 720, cursor: 'none' });
}

test('visio : l’affichage salle devient la fenêtre 1280 × 720 à partager, sans aucune commande', async ({
  app: page,
}) => {
  const agenda = new AgendaPage(page);

  await test.step('un atelier du cycle en visioconférence, sa première séquence lancée', async () => {
    await new LibraryPage(page).createFromTemplate(
      'Cycle de co-développement',
      'Gérer les tensions — séance 1 sur 4',
      '2024-10-17',
    );
    await agenda.tab('Animer en direct').click();
    await agenda.controls().getByRole('button', { name: 'Démarrer' }).click();
    await expect(agenda.current()).toHaveText('Accueil et tour de connexion');
  });

  const videoCall = page.getByRole('checkbox', {
    name: 'Fenêtre pour la visio (1280\u00a0×\u00a0720)',
  });
  await videoCall.check();
  await expect(page.getByText('à partager dans la visioconférence')).toBeVisible();
  const [window] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Ouvrir la fenêtre pour la visio' }).click(),
  ]);
  const room = new ProjectorPage(window);

  await test.step('la fenêtre pour la visio montre le minuteur et la question, rien d’autre', async () => {
    await expect(window.locator('html')).toHaveAttribute('data-app-state', 'ready');
    await expect(window).toHaveURL(/\/projector\/[A-Za-z0-9_-]+\?visio=1$/);
    await expect(window).toHaveTitle('Atelier — fenêtre pour la visio');
    await expect(room.screen()).toHaveClass(/room--visio/);
    expect(await room.screen().boundingBox()).toEqual({ x: 0, y: 0, width: 1280, height: 720 });
    await expect(room.screen()).toContainText('Accueil et tour de connexion');
    await expect(room.remaining()).toBeVisible();
    await expect(room.remaining()).toHaveText(/^\d{1,2}:\d{2}$/);
    await expect(
      window.getByText('En un mot\u00a0: comment arrivez-vous aujourd’hui\u202f?'),
    ).toBeVisible();
    await expectNoControls(window);
    await screenshot(window, 'projector-video-call-1280x720');
  });

  await test.step('deux séquences plus loin, l’exposé de la situation et sa question tiennent dans le même cadre', async () => {
    await page.keyboard.press('n');
    await expect(room.screen()).toContainText('Éclairage sur les enjeux');
    await page.keyboard.press('n');
    await expect(room.screen()).toContainText('Co-développement — exposé de la situation');
    const prompt = room.screen().locator('.room__prompt');
    await expect(prompt).toBeVisible();
    const box = (await prompt.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    await expectNoControls(window);
    await screenshot(window, 'projector-video-call-1280x720-next');
  });

  await test.step('dans une fenêtre plus grande, le cadre reste 1280 × 720, au centre, texte à la même taille', async () => {
    const timeSize = () => room.remaining().evaluate((time) => getComputedStyle(time).fontSize);
    const before = await timeSize();
    await window.setViewportSize({ width: 1600, height: 1000 });
    await expect
      .poll(() => room.screen().boundingBox())
      .toEqual({ x: 160, y: 140, width: 1280, height: 720 });
    expect(await timeSize()).toBe(before);
  });

  await test.step('côté animatrice, le choix reste coché pour la séance', async () => {
    await expect(videoCall).toBeChecked();
    await page.getByRole('region', { name: 'Écran de la salle' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'room-control-video-call');
  });
});
