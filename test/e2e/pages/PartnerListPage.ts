import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';

/** #/partners: the filtered, paged partner register. */
export class PartnerListPage {
  private readonly app: AppPage;

  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  async open(): Promise<void> {
    await this.app.nav('partners');
    await expect(this.list()).toBeVisible();
  }

  list(): Locator {
    return this.page.getByTestId('partner-list');
  }

  /** Data rows (each carries data-testid="partner-row-<id>"). */
  rows(): Locator {
    return this.list().locator('[data-testid^="partner-row-"]');
  }

  row(name: string): Locator {
    return this.rows().filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** The total the core reported for the current filters, once the list has loaded. */
  async total(): Promise<number> {
    const count = this.page.getByTestId('partner-count');
    await expect(count).toHaveText(/^\d+$/);
    await expect(this.list().locator('.ant-spin-spinning')).toHaveCount(0);
    return Number(await count.textContent());
  }

  async expectTotal(n: number): Promise<void> {
    await expect(this.list().locator('.ant-spin-spinning')).toHaveCount(0);
    await expect(this.page.getByTestId('partner-count')).toHaveText(String(n));
  }

  async search(q: string): Promise<void> {
    await this.page.getByTestId('filter-q').fill(q);
    await this.page.getByTestId('filter-apply').click();
  }

  async filterStatus(label: string): Promise<void> {
    await this.app.pickOption(this.page.getByTestId('filter-status'), label);
  }

  async filterKind(label: string): Promise<void> {
    await this.app.pickOption(this.page.getByTestId('filter-kind'), label);
  }

  async resetFilters(): Promise<void> {
    await this.page.getByTestId('filter-reset').click();
  }

  async newPartner(): Promise<void> {
    await this.page.getByTestId('new-partner').click();
    await expect(this.page.getByTestId('partner-form')).toBeVisible();
  }

  async openPartner(name: string): Promise<void> {
    await this.row(name).getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByTestId('partner-title')).toContainText(name);
  }
}
