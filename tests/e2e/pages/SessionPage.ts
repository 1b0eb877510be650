import { expect, type Page } from '@playwright/test';

export class SessionPage {
  constructor(private readonly page: Page) {}

  title() {
    return this.page.getByLabel('Titre', { exact: true });
  }

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  async waitSaved(): Promise<void> {
    await expect(this.page.getByRole('status').filter({ hasText: /Enregistré/ })).toBeVisible();
  }

  async backToLibrary(): Promise<void> {
    await this.page.getByRole('link', { name: '← Mes séances' }).click();
    await expect(this.page.getByRole('heading', { name: 'Mes séances' })).toBeVisible();
  }
}
