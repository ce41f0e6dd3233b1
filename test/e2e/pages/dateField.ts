import { expect, type Locator } from '@playwright/test';

/**
 * Types a date into the app's DateField (antd DatePicker, YYYY-MM-DD) and commits it with
 * Enter, as a keyboard user does; checks the field then shows it.
 */
export async function fillDate(input: Locator, iso: string): Promise<void> {
  await input.click();
  await input.fill(iso);
  await input.press('Enter');
  await expect(input).toHaveValue(iso);
}
