import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';

/** #/reports: the report picker, its filters, the preview and the export bar. */
export class ReportsPage {
  private readonly app: AppPage;

  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  async open(): Promise<void> {
    await this.app.nav('reports');
    await expect(this.page.getByTestId('report-picker')).toBeVisible();
  }

  item(id: string): Locator {
    return this.page.getByTestId(`report-item-${id}`);
  }

  /** Picks a report in the list and waits for its preview. */
  async pick(id: string): Promise<void> {
    await this.item(id).click();
    await expect(this.item(id)).toHaveAttribute('aria-current', 'page');
    await this.waitForPreview();
  }

  async waitForPreview(): Promise<void> {
    await expect(this.preview()).toBeVisible({ timeout: 30_000 });
    await expect(this.page.locator('[data-testid="report-workspace"] .ant-spin-spinning')).toHaveCount(0, { timeout: 30_000 });
  }

  /** Chooses a period by its label (e.g. 2025-2026学年) in the period picker. */
  async choosePeriod(label: string): Promise<void> {
    await this.app.pickOption(this.page.getByTestId('report-period').locator('.ant-select'), label);
    await this.waitForPreview();
  }

  preview(): Locator {
    return this.page.getByTestId('report-preview');
  }

  figures(): Locator {
    return this.preview().getByTestId('report-figure');
  }

  provenanceDrawer(): Locator {
    return this.page.getByTestId('provenance-drawer');
  }

  /** Starts an export and waits until the saved file is announced; returns the shown text. */
  async export(format: 'xlsx' | 'csv' | 'pdf'): Promise<string> {
    await this.page.getByTestId(`report-export-${format}`).click();
    const done = this.page.getByTestId('report-export-file');
    await expect(done).toBeVisible({ timeout: 60_000 });
    return (await done.textContent()) ?? '';
  }
}
