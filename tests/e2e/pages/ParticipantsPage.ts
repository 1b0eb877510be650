import { expect, type Page } from '@playwright/test';

/** The participants section and its import dialog. */
export class ParticipantsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Parties de la séance' })
      .getByRole('link', { name: 'Participants' })
      .click();
  }

  importDialog() {
    return this.page.getByRole('dialog', { name: 'Importer la liste des inscrits' });
  }

  /** Opens the import dialog and chooses the file, as a user does, through the file chooser. */
  async chooseFile(path: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Importer la liste des inscrits…' }).click();
    const choosing = this.page.waitForEvent('filechooser');
    await this.importDialog()
      .getByRole('button', { name: /Choisir un (autre )?fichier…/ })
      .click();
    await (await choosing).setFiles(path);
  }

  /** The select saying what a column of the file becomes. */
  mapping(column: string) {
    return this.importDialog().getByRole('combobox', {
      name: new RegExp(`^Colonne «.${column}.».: devient$`),
    });
  }

  /** A duplicate of the preview, by its row in the file. */
  duplicate(line: number) {
    return this.importDialog().getByRole('group', { name: new RegExp(`^Ligne ${line}.: `) });
  }

  async add(fields: { lastName: string; firstName: string; organisation: string; role: string }) {
    await this.page.getByRole('button', { name: 'Ajouter une personne' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Ajouter une personne' });
    await dialog.getByLabel('Nom', { exact: true }).fill(fields.lastName);
    await dialog.getByLabel('Prénom').fill(fields.firstName);
    await dialog.getByLabel('Structure').fill(fields.organisation);
    await dialog.getByLabel('Collège').selectOption(fields.role);
    await dialog.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  table() {
    return this.page.getByRole('table');
  }

  row(lastName: string) {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: lastName }) });
  }
}
