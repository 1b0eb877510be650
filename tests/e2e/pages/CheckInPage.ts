import type { Page } from '@playwright/test';

/** The check-in view (émargement). */
export class CheckInPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Parties de la séance' })
      .getByRole('link', { name: 'Émargement' })
      .click();
  }

  search() {
    return this.page.getByRole('searchbox', { name: /Qui arrive/ });
  }

  /** A person of the list, by « Prénom Nom ». */
  person(name: string) {
    return this.page.getByRole('group', { name: new RegExp(`^${name},`) });
  }

  counts() {
    return this.page.getByRole('region', { name: 'Présences' });
  }

  lastMarked() {
    return this.page.getByRole('status').filter({ hasText: 'Dernier pointage' });
  }
}
