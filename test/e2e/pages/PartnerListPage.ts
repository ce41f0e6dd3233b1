import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';

const FILTER_PARAMS = ['q', 'kind', 'status', 'industrySection', 'region'];
/** Loaded 2-core CI: an answer has taken 5 s; this only bounds how long a broken screen takes to fail. */
const SETTLE_TIMEOUT = 30_000;

/** The query of a hash-router address (#/partners?q=…). */
function listQuery(url: URL): URLSearchParams {
  const at = url.hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : url.hash.slice(at + 1));
}

function canonical(search: URLSearchParams): string {
  return [...search.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`).join('&');
}

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

  /** The total the core reported for the filters in the address bar, once the list has loaded. */
  async total(): Promise<number> {
    const count = this.count();
    await expect(async () => {
      await this.expectSettled();
      await expect(count).toHaveText(/^\d+$/, { timeout: 1_000 });
    }).toPass({ timeout: SETTLE_TIMEOUT });
    return Number(await count.textContent());
  }

  /** The total for the filters in the address bar is `n` (see expectSettled). */
  async expectTotal(n: number): Promise<void> {
    await expect(async () => {
      await this.expectSettled();
      await expect(this.count()).toHaveText(String(n), { timeout: 1_000 });
    }).toPass({ timeout: SETTLE_TIMEOUT });
  }

  /** Types `q` and applies it; returns once the address bar has it (the form applies it asynchronously). */
  async search(q: string): Promise<void> {
    await this.page.getByTestId('filter-q').fill(q);
    await this.page.getByTestId('filter-apply').click();
    await expect(this.page).toHaveURL((url) => listQuery(url).get('q') === q.trim());
  }

  async filterStatus(label: string): Promise<void> {
    await this.app.pickOption(this.page.getByTestId('filter-status'), label);
    await expect(this.page).toHaveURL((url) => listQuery(url).has('status'));
  }

  async filterKind(label: string): Promise<void> {
    await this.app.pickOption(this.page.getByTestId('filter-kind'), label);
    await expect(this.page).toHaveURL((url) => listQuery(url).has('kind'));
  }

  async resetFilters(): Promise<void> {
    await this.page.getByTestId('filter-reset').click();
    await expect(this.page).toHaveURL((url) => FILTER_PARAMS.every((name) => !listQuery(url).has(name)));
  }

  private count(): Locator {
    return this.page.getByTestId('partner-count');
  }

  /**
   * The list has answered for the filters in the address bar. While a new answer is loading
   * the previous total stays on screen, so a total read alone may answer older filters: the
   * count carries the query it was rendered for and whether that query's answer is pending.
   */
  private async expectSettled(): Promise<void> {
    const count = this.count();
    await expect(count).toHaveAttribute('data-loading', 'false', { timeout: 1_000 });
    const rendered = canonical(new URLSearchParams((await count.getAttribute('data-query')) ?? ''));
    expect(rendered, 'the list shows the filters in the address bar').toBe(canonical(listQuery(new URL(this.page.url()))));
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
