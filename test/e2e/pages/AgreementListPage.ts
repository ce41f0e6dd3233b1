import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';

/** #/agreements: the filtered, paged agreement register. */
export class AgreementListPage {
  private readonly app: AppPage;

  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  async open(): Promise<void> {
    await this.app.nav('agreements');
    await expect(this.list()).toBeVisible();
  }

  list(): Locator {
    return this.page.getByTestId('agreement-list');
  }

  rows(): Locator {
    return this.list().locator('[data-testid^="agreement-row-"]');
  }

  async newAgreement(): Promise<void> {
    await this.page.getByTestId('new-agreement').click();
    await expect(this.page.getByTestId('agreement-form')).toBeVisible();
  }
}
