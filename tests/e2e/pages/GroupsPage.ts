import { expect, type Locator, type Page } from '@playwright/test';

/** The "Groupes" section of a session. */
export class GroupsPage {
  constructor(private readonly page: Page) {}

  score(): Locator {
    return this.page.getByRole('region', { name: 'Évaluation des groupes' });
  }

  table(name: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${name}, `) });
  }

  /** The movable person buttons of a table (hosts and locked people are not movable). */
  movablePeople(table: string): Locator {
    return this.table(table).locator('.person-chip__handle[aria-disabled="false"]');
  }

  async addHosts(count: number): Promise<void> {
    const select = this.page.getByLabel('Hôte à ajouter');
    for (let i = 0; i < count; i++) {
      // The first person not yet a host.
      await select.selectOption({ index: 1 });
      await this.page.getByRole('button', { name: 'Ajouter l’hôte' }).click();
    }
    await expect(this.page.getByText(`Table ${count} :`)).toBeVisible();
  }

  async generate(): Promise<void> {
    await this.page
      .getByRole('button', { name: /Former les groupes|Reformer les groupes/ })
      .click();
    await expect(this.page.getByRole('button', { name: 'Reformer les groupes' })).toBeEnabled();
    await expect(this.score()).toBeVisible();
  }

  round(label: string): Locator {
    return this.page.getByRole('tab', { name: label });
  }

  /** Drags with the mouse, in small steps, as a hand would. */
  async drag(from: Locator, to: Locator): Promise<void> {
    const start = (await from.boundingBox())!;
    const end = (await to.boundingBox())!;
    await this.page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(start.x + start.width / 2 + 10, start.y + start.height / 2, {
      steps: 3,
    });
    await this.page.mouse.move(end.x + end.width / 2, end.y + 12, { steps: 12 });
    await this.page.mouse.up();
  }
}
