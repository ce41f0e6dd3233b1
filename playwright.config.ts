import { defineConfig } from '@playwright/test';

// E2E against the harness (test/harness): Debian's Chromium, never a downloaded browser
// (platform.md §7). No webServer: every test starts its own harness process on its own
// temp data folder, so tests are independent and a restart is a real process restart.

export default defineConfig({
  testDir: 'test/e2e',
  // The node tsconfig maps `@shared/*` for the app code the harness imports.
  tsconfig: './tsconfig.node.json',
  timeout: 60_000,
  // Two workers, each with a harness and Chromium, on a 2-core machine: a list that loads in
  // 1 s alone can take 6–8 s under the full suite. Waiting longer never makes a broken
  // screen pass; it only stops a slow one from failing.
  expect: { timeout: 15_000 },
  workers: 2,
  retries: 0,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['./scripts/pw-plain-reporter.mjs']],
  use: {
    headless: true,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    trace: 'retain-on-failure',
  },
});
