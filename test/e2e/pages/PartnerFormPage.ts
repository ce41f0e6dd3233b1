import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';

/** #/partners/new and #/partners/:id/edit. */
export class PartnerFormPage {
  private readonly app: AppPage;

  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  field(name: string): Locator {
    return this.page.getByTestId(`field-${name}`);
  }

  async fill(name: 'fullName' | 'uscc' | 'regionName' | 'address' | 'legalRepresentative', value: string): Promise<void> {
    await this.field(name).getByRole('textbox').fill(value);
  }

  async pick(name: 'kind' | 'status' | 'industrySection' | 'size' | 'nature', label: string): Promise<void> {
    await this.app.pickOption(this.field(name).locator('.ant-select'), label);
  }

  /** The field-level error messages shown under one field. */
  fieldError(name: string): Locator {
    return this.field(name).locator('.ant-form-item-explain-error');
  }

  usccOverride(): Locator {
    return this.page.getByTestId('uscc-override');
  }

  async save(): Promise<void> {
    await this.page.getByTestId('save-partner').click();
  }

  /** Saves and waits for the detail page of the saved partner. */
  async saveAndExpectDetail(name: string): Promise<void> {
    await this.save();
    await expect(this.page.getByTestId('partner-title')).toContainText(name);
  }

  async cancel(): Promise<void> {
    await this.page.getByTestId('cancel-partner').click();
  }

  /** Cancel on a form with changes: the unsaved-changes question comes up; leave. */
  async cancelDiscarding(): Promise<void> {
    await this.cancel();
    await this.page.getByTestId('unsaved-leave').click();
  }
}
