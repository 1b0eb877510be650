import { expect, type Page } from '@playwright/test';

export class LibraryPage {
  constructor(private readonly page: Page) {}

  async createFromTemplate(template: string, title: string, date: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Nouvelle séance' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Créer une séance' });
    await dialog.getByRole('radio', { name: new RegExp(template) }).check();
    await dialog.getByLabel('Titre de la séance').fill(title);
    await dialog.getByLabel('Date').fill(date);
    await dialog.getByRole('button', { name: 'Créer' }).click();
    await expect(this.page.getByLabel('Titre', { exact: true })).toHaveValue(title);
  }

  /** "Importer une séance…", then the file in the system's file chooser. */
  async importArchive(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const choosing = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: /Importer une séance/ }).click();
    await (await choosing).setFiles(file);
  }

  rows() {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader') });
  }

  row(title: string) {
    return this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: title }) });
  }

  async action(title: string, action: 'Renommer' | 'Dupliquer' | 'Supprimer'): Promise<void> {
    await this.row(title).getByRole('button', { name: action }).click();
  }
}
