import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';

/** #/trash */
export class TrashPage {
  private readonly app: AppPage;

  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  async open(): Promise<void> {
    await this.app.nav('trash');
    await expect(this.list()).toBeVisible();
  }

  list(): Locator {
    return this.page.getByTestId('trash-list');
  }

  row(title: string): Locator {
    return this.list().locator('[data-testid^="trash-row-"]').filter({ hasText: title });
  }

  async restorePartner(title: string): Promise<void> {
    await this.row(title).getByTestId('restore-partner').click();
    await expect(this.row(title)).toHaveCount(0);
  }
}
