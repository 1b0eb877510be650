import { expect, type Page } from '@playwright/test';

/** The agenda part of a session: the plan, and run mode. */
export class AgendaPage {
  constructor(private readonly page: Page) {}

  tab(name: 'Préparer le programme' | 'Animer en direct') {
    return this.page.getByRole('tab', { name });
  }

  list() {
    return this.page.getByRole('list', { name: 'Séquences du programme' });
  }

  /** The sequence whose title starts with `title`. */
  sequence(title: string) {
    const name = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
    return this.list()
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('button', { name }) });
  }

  /** Each sequence as « 9h00 Accueil convivial ». */
  async plannedStarts(): Promise<string[]> {
    const rows = this.list().getByRole('listitem');
    return rows.evaluateAll((items) =>
      items.map((item) => {
        const time = item.querySelector('.agenda-item__time')?.firstChild?.textContent ?? '';
        const title = item.querySelector('.agenda-item__title')?.textContent ?? '';
        return `${time} ${title}`;
      }),
    );
  }

  async open(title: string): Promise<void> {
    await this.sequence(title).locator('[aria-expanded]').click();
    await expect(this.sequence(title).getByLabel('Titre', { exact: true })).toBeVisible();
  }

  field(title: string, label: string) {
    return this.sequence(title).getByLabel(label, { exact: true });
  }

  controls() {
    return this.page.getByRole('group', { name: 'Commandes du minuteur' });
  }

  remaining() {
    return this.page.getByRole('timer', { name: /^Temps restant/ });
  }

  current() {
    return this.page.locator('#run-current');
  }

  status() {
    return this.page.locator('.run-card__status');
  }
}

/** The room's display, in its own tab. */
export class ProjectorPage {
  constructor(readonly page: Page) {}

  remaining() {
    return this.page.getByRole('timer', { name: 'Temps restant' });
  }

  screen() {
    return this.page.getByRole('main', { name: 'Affichage pour la salle' });
  }
}
