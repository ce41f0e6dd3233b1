import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption } from './selectOption';

/** #/data/import: the import wizard's steps (the value step only when the file needs it). */
export class ImportPage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/index.html#/data/import`);
    await expect(this.page.getByTestId('import-step-choose')).toBeVisible({ timeout: 30_000 });
  }

  async chooseEntity(entity: string): Promise<void> {
    await this.page.getByTestId(`import-entity-${entity}`).click();
  }

  /** Gives the file to the wizard's file input, as a drop or the file chooser would. */
  async chooseFile(name: string, buffer: Buffer, mimeType = 'application/octet-stream'): Promise<void> {
    await this.page.getByTestId('import-dropzone').locator('input[type="file"]').setInputFiles({ name, mimeType, buffer });
  }

  async next(): Promise<void> {
    await this.page.getByTestId('import-next').click();
  }

  /** Next, then waits for the named step to show (and the core to have answered). */
  async nextTo(step: 'read' | 'map' | 'values' | 'preview' | 'confirm'): Promise<void> {
    await this.next();
    await expect(this.page.getByTestId(`import-step-${step}`)).toBeVisible({ timeout: 30_000 });
    await this.settled();
  }

  mappingField(index: number): Locator {
    return this.page.getByTestId(`import-map-field-${index}`);
  }

  /** Picks a field for a column by typing its label (the list is virtual: far options are not rendered). */
  async chooseField(index: number, label: string): Promise<void> {
    await this.settled();
    await chooseOption(this.page, this.mappingField(index), { search: label, title: label });
    await expect(this.mappingField(index)).toContainText(label);
    await this.settled();
  }

  /** The core has answered the last analysis (the wizard shows a spinner meanwhile). */
  async settled(): Promise<void> {
    await expect(this.page.locator('[data-testid="import-page"] .ant-spin-spinning')).toHaveCount(0, { timeout: 30_000 });
  }

  count(name: 'rows' | 'valid' | 'invalid' | 'duplicates' | 'skipped' | 'warned'): Locator {
    return this.page.getByTestId(`import-count-${name}`);
  }

  resultCount(name: 'created' | 'updated' | 'merged' | 'skipped' | 'duplicates' | 'errors' | 'warnings'): Locator {
    return this.page.getByTestId(`import-result-${name}`);
  }

  /** The row of the error list for one row and field. */
  error(row: number, field: string): Locator {
    return this.page.locator(`[data-testid="import-error"][data-row="${row}"][data-field="${field}"]`);
  }

  /** The row of the value step for one distinct value of the file. */
  valueRow(text: string): Locator {
    return this.page.locator(`[data-testid="import-value-row"][data-text="${text}"]`);
  }

  /** Picks what a distinct value stands for on the value step; the file is analysed again. */
  async chooseValue(text: string, label: string): Promise<void> {
    await this.settled();
    const select = this.valueRow(text).locator('.ant-select');
    await chooseOption(this.page, select, { search: label, title: label });
    await expect(select).toContainText(label);
    await this.settled();
  }

  /** Shows one of the lists under the preview (errors, warnings, duplicates). */
  async issuesTab(name: 'errors' | 'warnings' | 'duplicates'): Promise<void> {
    await this.page.getByTestId(`import-issues-tab-${name}`).click();
  }

  previewRow(row: number): Locator {
    return this.page.getByTestId(`import-preview-row-${row}`);
  }

  async start(): Promise<void> {
    await this.page.getByTestId('import-start').click();
    await expect(this.page.getByTestId('import-result')).toBeVisible({ timeout: 60_000 });
  }
}
