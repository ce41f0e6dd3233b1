import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption } from './selectOption';

export type NavSection = 'dashboard' | 'partners' | 'agreements' | 'programmes' | 'courses' | 'funding' | 'reports' | 'settings' | 'trash';

/** The app frame: first-start onboarding, the app state marker and the sidebar. */
export class AppPage {
  constructor(readonly page: Page) {}

  /** The value of the top-level data-app-state marker. */
  state() {
    return this.page.locator('[data-app-state]').first();
  }

  async expectState(state: 'loading' | 'onboarding' | 'loaded' | 'error'): Promise<void> {
    await expect(this.state()).toHaveAttribute('data-app-state', state, { timeout: 30_000 });
  }

  async chooseLanguage(language: 'zh' | 'en'): Promise<void> {
    await this.page.getByTestId(`onboarding-language-${language}`).click();
  }

  /** Sample data can take a while: the spinner stays until sample:seed has answered. */
  async loadSampleData(): Promise<void> {
    await this.page.getByTestId('onboarding-sample').click();
    await this.expectState('loaded');
  }

  async startEmpty(): Promise<void> {
    await this.page.getByTestId('onboarding-empty').click();
    await this.expectState('loaded');
  }

  async nav(section: NavSection): Promise<void> {
    await this.page.getByTestId(`nav-${section}`).click();
  }

  /** The header's global search, which opens the partner list filtered by q. */
  async headerSearch(text: string): Promise<void> {
    const box = this.page.getByTestId('header-search').getByRole('searchbox');
    await box.fill(text);
    await box.press('Enter');
  }

  /** Picks an option in an antd Select (options carry their label as title). */
  async pickOption(trigger: Locator, label: string): Promise<void> {
    await chooseOption(this.page, trigger, { title: label });
  }
}
