import { type Locator, type Page } from '@playwright/test';
import { chooseOption } from './selectOption';
import { fillDate } from './dateField';
import { AppPage } from './AppPage';

/** #/agreements/new and #/agreements/:id/edit. */
export class AgreementFormPage {
  private readonly app: AppPage;

  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  form(): Locator {
    return this.page.getByTestId('agreement-form');
  }

  async fillBasics(v: { title: string; agreementNo: string; type: string; startDate: string; endDate: string }): Promise<void> {
    await this.page.getByTestId('agreement-title-input').fill(v.title);
    await this.page.getByTestId('agreement-no-input').fill(v.agreementNo);
    await this.app.pickOption(this.form().getByRole('combobox', { name: '协议类型' }), v.type);
    await fillDate(this.page.getByTestId('agreement-start-date'), v.startDate);
    await fillDate(this.page.getByTestId('agreement-end-date-input'), v.endDate);
  }

  party(index: number): Locator {
    return this.page.getByTestId(`party-row-${index}`);
  }

  async addParty(): Promise<void> {
    await this.page.getByTestId('add-party').click();
  }

  async setPartyType(index: number, label: string): Promise<void> {
    await this.app.pickOption(this.page.locator(`#party-${index}-type`), label);
  }

  /** Searches partners:list from the party's picker and picks the first match; returns its name. */
  async pickPartner(index: number, search: string): Promise<string> {
    return chooseOption(this.page, this.page.locator(`#party-${index}-partner`), { search });
  }

  async fillParty(index: number, v: { name?: string; signatory?: string; signedDate?: string; sealed?: boolean }): Promise<void> {
    if (v.name !== undefined) await this.page.getByTestId(`party-${index}-name`).fill(v.name);
    if (v.signatory !== undefined) await this.page.getByTestId(`party-${index}-signatory`).fill(v.signatory);
    if (v.signedDate !== undefined) await fillDate(this.page.getByTestId(`party-${index}-signed-date`), v.signedDate);
    if (v.sealed) await this.page.getByTestId(`party-${index}-sealed`).check();
  }

  async save(): Promise<void> {
    await this.page.getByTestId('save-agreement').click();
  }
}
