import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption } from './selectOption';
import { AppPage } from './AppPage';

/** Picks an option of an antd Select by typing into it and choosing the matching option. */
/** Picks the first option containing `text` (typed as a search first when not empty). */
export async function pickOption(page: Page, select: Locator, text: string): Promise<void> {
  await chooseOption(page, select, text ? { search: text, text } : {});
}

/** #/settings with its tabs (college, units, majors, staff, reminders, general). */
export class SettingsPage {
  constructor(readonly page: Page) {}

  async open(tab: 'college' | 'units' | 'majors' | 'staff' | 'reminders' | 'general'): Promise<void> {
    await new AppPage(this.page).nav('settings');
    await this.page.getByTestId(`settings-tab-${tab}`).click();
  }

  collegeField(name: 'fullName' | 'legalRepresentative' | 'address' | 'uscc'): Locator {
    return this.page.getByTestId('college-form').locator(`#college_${name}`);
  }

  /** Fills and saves one master-data modal; fields are by test id suffix. */
  async addReference(prefix: 'unit' | 'major' | 'staff', text: Record<string, string>, selects: Record<string, string> = {}): Promise<void> {
    await this.page.getByTestId(`add-${prefix}`).click();
    const form = this.page.getByTestId(`${prefix}-form`);
    for (const [name, value] of Object.entries(text)) await form.getByTestId(`${prefix}-field-${name}`).locator('input').fill(value);
    for (const [name, value] of Object.entries(selects)) {
      await pickOption(this.page, form.getByTestId(`${prefix}-field-${name}`).locator('.ant-select'), value);
    }
    await this.page.getByTestId(`save-${prefix}`).click();
    await expect(form).toHaveCount(0);
  }
}
