import { expect, type Locator, type Page } from '@playwright/test';

/** #/partners/:id */
export class PartnerDetailPage {
  constructor(readonly page: Page) {}

  title(): Locator {
    return this.page.getByTestId('partner-title');
  }

  profile(): Locator {
    return this.page.getByTestId('partner-profile');
  }

  async edit(): Promise<void> {
    await this.page.getByTestId('edit-partner').click();
    await expect(this.page.getByTestId('partner-form')).toBeVisible();
  }

  /** Delete → confirm; the app returns to the list. */
  async delete(): Promise<void> {
    await this.page.getByTestId('delete-partner').click();
    await this.page.getByTestId('confirm-delete-partner').click();
    await expect(this.page.getByTestId('partner-list')).toBeVisible();
  }
}
