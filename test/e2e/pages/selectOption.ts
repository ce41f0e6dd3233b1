import { expect, type Locator, type Page } from '@playwright/test';

export interface OptionChoice {
  /** Typed into the select's search box first (server-side pickers search on it). */
  search?: string;
  /** The option whose title (antd puts the label there) is exactly this. */
  title?: string;
  /** The first option whose text contains this (used when no title is known). */
  text?: string;
}

/**
 * Picks an option in an antd Select and checks that the pick took: the dropdown closes.
 * A click that lands while antd is still animating the popup in (or flipping it above the
 * field) is swallowed without selecting anything, so a pick that did not take is retried.
 * Returns the chosen option's label.
 */
export async function chooseOption(page: Page, trigger: Locator, choice: OptionChoice = {}): Promise<string> {
  const dropdown = page.locator('.ant-select-dropdown:visible');
  const options = dropdown.locator('.ant-select-item-option');
  const option = choice.title !== undefined
    ? dropdown.locator(`.ant-select-item-option[title="${choice.title}"]`)
    : (choice.text ? options.filter({ hasText: choice.text }) : options).first();
  let label = '';
  await expect(async () => {
    if (!(await dropdown.isVisible())) {
      await trigger.click();
      if (choice.search !== undefined) await page.locator(':focus').fill(choice.search);
    }
    await expect(option).toBeVisible({ timeout: 10_000 });
    await expect(dropdown).not.toHaveClass(/ant-slide-\w+-(appear|enter)/, { timeout: 5_000 });
    label = (await option.getAttribute('title')) ?? (await option.innerText());
    await option.click({ timeout: 5_000 });
    await expect(dropdown).toHaveCount(0, { timeout: 3_000 });
  }).toPass({ timeout: 45_000 });
  return label;
}
