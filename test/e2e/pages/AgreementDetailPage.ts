import { expect, type Locator, type Page } from '@playwright/test';

/** #/agreements/:id: fields, parties, chain, attachments and the status actions. */
export class AgreementDetailPage {
  constructor(readonly page: Page) {}

  root(): Locator {
    return this.page.getByTestId('agreement-detail');
  }

  async id(): Promise<string> {
    await expect(this.root()).toBeVisible();
    return (await this.root().getAttribute('data-agreement-id')) ?? '';
  }

  title(): Locator {
    return this.page.getByTestId('agreement-title');
  }

  status(): Locator {
    return this.page.getByTestId('agreement-status');
  }

  party(role: '甲' | '乙' | '丙' | '丁'): Locator {
    return this.page.getByTestId(`party-${role}`);
  }

  partyRows(): Locator {
    return this.page.getByTestId('agreement-parties').locator('[data-testid^="party-"]');
  }

  async transition(to: string, reason?: string): Promise<void> {
    await this.page.getByTestId(`transition-${to}`).click();
    if (reason !== undefined) await this.page.getByTestId('terminate-reason').fill(reason);
    await this.page.getByTestId('confirm-transition').click();
    await expect(this.page.getByTestId('confirm-transition')).toBeHidden();
  }

  async openRenewDialog(): Promise<Locator> {
    await this.page.getByTestId('renew-agreement').click();
    const input = this.page.locator('#renew-end-date');
    await expect(input).toBeVisible();
    return input;
  }

  chainVersion(index: number): Locator {
    return this.page.getByTestId(`chain-version-${index}`);
  }

  chainVersions(): Locator {
    return this.page.getByTestId('agreement-chain').locator('[data-testid^="chain-version-"]');
  }

  async uploadFile(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByTestId('attachment-dropzone').locator('input[type="file"]').setInputFiles(file);
  }

  attachmentRows(): Locator {
    return this.page.getByTestId('attachment-list').locator('[data-testid^="attachment-row-"]');
  }
}
