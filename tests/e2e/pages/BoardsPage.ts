import { expect, type Locator, type Page } from '@playwright/test';

/** The « Post-it » part of a session: boards, capture, lanes, votes, next steps, photos. */
export class BoardsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Post-it' }).click();
    await expect(
      this.page.getByRole('navigation', { name: 'Tableaux de la séance' }),
    ).toBeVisible();
  }

  async createBoard(options: {
    kind: RegExp;
    sequence: string;
    groups: string;
    title?: string;
  }): Promise<void> {
    await this.page.getByRole('button', { name: 'Nouveau tableau' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Nouveau tableau' });
    await dialog.getByLabel('Séquence').selectOption({ label: options.sequence });
    await dialog.getByRole('radio', { name: options.kind }).check();
    if (options.title) await dialog.getByLabel('Titre du tableau').fill(options.title);
    await dialog.getByLabel('Groupes ou tables').fill(options.groups);
    await dialog.getByRole('button', { name: 'Créer le tableau' }).click();
    await expect(dialog).toHaveCount(0);
  }

  captureArea(): Locator {
    return this.page.getByRole('group', { name: 'Saisie des post-it' });
  }

  capture(): Locator {
    return this.captureArea().getByLabel(/^Nouveau (post-it|mot-clé)$/);
  }

  group(): Locator {
    return this.captureArea().getByLabel('Groupe', { exact: true });
  }

  /** Adds a next small step with the form under the board. */
  async addNextStep(what: string, who: string, when: string, group: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Nouveau petit pas' });
    await form.getByLabel('Action', { exact: true }).fill(what);
    await form.getByLabel('Qui', { exact: true }).fill(who);
    await form.getByLabel('Pour quand', { exact: true }).fill(when);
    await form.getByLabel('Groupe', { exact: true }).fill(group);
    await form.getByRole('button', { name: 'Ajouter le petit pas' }).click();
  }

  lane(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /** The notes in view in a lane (a long lane shows only those around its scroll position). */
  notesIn(title: string): Locator {
    return this.lane(title).locator('[data-note-id]');
  }

  /** How many notes a lane says it holds. */
  count(title: string): Locator {
    return this.lane(title).locator('.lane__count');
  }

  note(text: string): Locator {
    return this.page.getByRole('listitem', { name: `Post-it : ${text}`, exact: true });
  }

  /** Finds a note with the board's search (long lanes show only the notes around their scroll). */
  async find(text: string): Promise<Locator> {
    await this.page.getByLabel('Rechercher dans les post-it').fill(text);
    return this.note(text);
  }

  async clearSearch(): Promise<void> {
    await this.page.getByLabel('Rechercher dans les post-it').fill('');
  }

  /** A paste as the clipboard delivers it: one ClipboardEvent with the text. */
  async paste(text: string): Promise<void> {
    await this.capture().focus();
    await this.capture().evaluate((input, pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      input.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, text);
  }
}
