import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { buildPreload } from '../harness/buildPreload';
import { EMIT_PATH, TOKEN_GLOBAL, TOKEN_HEADER } from '../harness/electronStandIn/wire';
import { spawnHarness, type HarnessProcess } from '../harness/spawnHarness';

// Playwright `test` with a `harness` fixture: each test gets its own temp data folder and
// its own harness process (test/harness/run.ts) running the real core, real handler
// registration and the built renderer; the page gets the real preload (bundled against
// the browser stand-in) as an init script. See test/harness/README.md.

export interface StartOptions {
  /** Defaults to `<tempDir>/data`; pass a folder under `tempDir` to start from prepared data. */
  dataDir?: string;
  /** ISO date-time the core's clock starts at ("today" for expiry rules). */
  now?: string;
}

export interface RunningHarness {
  url: string;
  token: string;
  dataDir: string;
}

export interface HarnessFixture {
  /** Removed after the test, with everything in it. */
  readonly tempDir: string;
  /** Starts the harness and opens the app in `page`. */
  start(options?: StartOptions): Promise<RunningHarness>;
  /** Quits the harness process and starts a new one on the same data folder, then reloads the app. */
  restart(options?: { now?: string }): Promise<RunningHarness>;
  stop(): Promise<void>;
  /** main → renderer event (`webContents.send`); resolves with how many event streams were open. */
  emit(event: string, ...args: unknown[]): Promise<number>;
}

/** Waits until the renderer leaves its loading state; returns the state it reached. */
export async function waitForApp(page: Page, timeout = 30_000): Promise<string> {
  const settled = page.locator('[data-app-state]:not([data-app-state="loading"])').first();
  await settled.waitFor({ state: 'attached', timeout });
  return (await settled.getAttribute('data-app-state')) ?? '';
}

function initScript(token: string, preload: string): string {
  // The preload's stand-in reads and deletes this global before any page script runs.
  return `globalThis[${JSON.stringify(TOKEN_GLOBAL)}] = ${JSON.stringify({ token })};\n${preload}`;
}

function createHarnessFixture(page: Page, tempDir: string): HarnessFixture & { teardown(): Promise<string> } {
  // Kept for the whole test: the init script holds the token, and the origin (port) holds
  // the page's storage, so a restart must come back with both unchanged.
  const token = randomBytes(24).toString('base64url');
  let port: number | undefined;
  let initScriptAdded = false;
  let current: (HarnessProcess & { dataDir: string; now?: string }) | null = null;
  const logs: string[] = [];

  async function start(options: StartOptions = {}): Promise<RunningHarness> {
    if (current) throw new Error('harness already running: stop() or restart() it first');
    const dataDir = options.dataDir ?? path.join(tempDir, 'data');
    const child = await spawnHarness({
      dataDir,
      token,
      ...(port !== undefined ? { port } : {}),
      ...(options.now !== undefined ? { now: options.now } : {}),
    });
    current = Object.assign(child, { dataDir, ...(options.now !== undefined ? { now: options.now } : {}) });
    port = Number(new URL(child.url).port);
    if (!initScriptAdded) {
      await page.context().addInitScript({ content: initScript(token, await buildPreload()) });
      initScriptAdded = true;
    }
    await page.goto(`${child.url}/index.html`);
    return { url: child.url, token, dataDir };
  }

  async function stop(): Promise<void> {
    if (!current) return;
    const child = current;
    current = null;
    await child.stop();
    logs.push(child.output());
  }

  return {
    tempDir,
    start,
    stop,
    async restart(options = {}) {
      if (!current) throw new Error('restart() needs a running harness');
      const { dataDir, now } = current;
      await stop();
      const nextNow = options.now ?? now;
      return start({ dataDir, ...(nextNow !== undefined ? { now: nextNow } : {}) });
    },
    async emit(event, ...args) {
      if (!current) throw new Error('emit() needs a running harness');
      const response = await fetch(`${current.url}${EMIT_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify({ event, args }),
      });
      if (!response.ok) throw new Error(`emit failed: HTTP ${response.status}`);
      return ((await response.json()) as { delivered: number }).delivered;
    },
    async teardown() {
      await stop();
      return logs.join('\n');
    },
  };
}

export const test = base.extend<{ harness: HarnessFixture }>({
  harness: async ({ page }, use, testInfo) => {
    const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'partnerdesk-e2e-'));
    const fixture = createHarnessFixture(page, tempDir);
    try {
      await use(fixture);
    } finally {
      const output = await fixture.teardown();
      if (testInfo.status !== testInfo.expectedStatus && output.trim() !== '') {
        await testInfo.attach('harness-output', { body: output, contentType: 'text/plain' });
      }
      fs.rmSync(tempDir, { recursive: true, force: true, maxRetries: 3 });
    }
  },
});

export { expect };
