import { parseArgs } from 'node:util';
import path from 'node:path';
import { FAILED_PREFIX, READY_PREFIX, TOKEN_ENV, type ReadyLine } from './cliContract';
import { startHarness, type Harness } from './server';

// CLI entry, one harness per process, so "quit and restart on the same data folder" is a
// real process exit (database closed, locks released) and a real fresh start:
//
//   TSX_TSCONFIG_PATH=tsconfig.node.json npx tsx test/harness/run.ts --data-dir DIR [--port N] [--now ISO]
//
// Prints `HARNESS_READY {"url":…,"token":…}` once serving, then runs until SIGTERM/SIGINT.
// PARTNERDESK_HARNESS_TOKEN fixes the token (the fixture keeps it across restarts, because
// the page's init script holds it). --exit-on-stdin-close lets a parent that dies without
// cleaning up (a crashed Playwright worker) take the harness down with it.

function parseCli(): { dataDir: string; port: number; now?: string; exitOnStdinClose: boolean } {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string', default: '0' },
      now: { type: 'string' },
      'exit-on-stdin-close': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const dataDir = values['data-dir'];
  if (!dataDir) throw new Error('--data-dir is required');
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port is not a port: ${values.port}`);
  return {
    dataDir: path.resolve(dataDir),
    port,
    ...(values.now ? { now: values.now } : {}),
    exitOnStdinClose: values['exit-on-stdin-close'] === true,
  };
}

async function main(): Promise<void> {
  const cli = parseCli();
  const token = process.env[TOKEN_ENV];
  const harness: Harness = await startHarness({
    dataDir: cli.dataDir,
    port: cli.port,
    ...(cli.now ? { now: cli.now } : {}),
    ...(token ? { token } : {}),
  });

  let stopping: Promise<void> | null = null;
  const shutdown = (reason: string): void => {
    stopping ??= harness.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`[harness] stop after ${reason} failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  if (cli.exitOnStdinClose) {
    process.stdin.on('end', () => shutdown('stdin closed'));
    process.stdin.resume();
  }

  const ready: ReadyLine = { url: harness.url, token: harness.token };
  process.stdout.write(`${READY_PREFIX}${JSON.stringify(ready)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${FAILED_PREFIX}${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
