import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { FAILED_PREFIX, READY_PREFIX, TOKEN_ENV, type ReadyLine } from './cliContract';

// Starts run.ts in a child process and waits for its ready line. A child per harness makes
// a restart a real process exit and start, with the database lock really released.

const REPO_ROOT = path.resolve(__dirname, '../..');
const RUN_SCRIPT = path.join(__dirname, 'run.ts');
/** tsx reads tsconfig.json, which has no `paths`; the node tsconfig maps `@shared/*`. */
const TSCONFIG = path.join(REPO_ROOT, 'tsconfig.node.json');
const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 10_000;

export interface SpawnOptions {
  dataDir: string;
  token: string;
  port?: number;
  now?: string;
}

export interface HarnessProcess extends ReadyLine {
  /** Everything the child wrote so far (stdout and stderr), for failure reports. */
  output(): string;
  /** SIGTERM (clean close of the core), SIGKILL after a grace period; resolves on exit. */
  stop(): Promise<void>;
}

function waitForExit(child: ChildProcessWithoutNullStreams, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export function spawnHarness(options: SpawnOptions): Promise<HarnessProcess> {
  const args = ['--import', 'tsx', RUN_SCRIPT, '--data-dir', options.dataDir, '--exit-on-stdin-close'];
  if (options.port !== undefined) args.push('--port', String(options.port));
  if (options.now !== undefined) args.push('--now', options.now);
  const env: NodeJS.ProcessEnv = { ...process.env, TSX_TSCONFIG_PATH: TSCONFIG, [TOKEN_ENV]: options.token };
  // Playwright workers set FORCE_COLOR; with CI's NO_COLOR too, Node warns in every child.
  if (env.NO_COLOR) delete env.FORCE_COLOR;
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    output += chunk;
  });

  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    if (!(await waitForExit(child, STOP_TIMEOUT_MS))) {
      child.kill('SIGKILL');
      await waitForExit(child, STOP_TIMEOUT_MS);
    }
  };

  return new Promise((resolve, reject) => {
    let pending = '';
    let settled = false;
    const fail = (reason: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void stop();
      // From the failure report with its stack if run.ts got that far, else the output's tail.
      const failedAt = output.indexOf(FAILED_PREFIX);
      const detail = failedAt >= 0 ? output.slice(failedAt, failedAt + 4000) : output.slice(-4000);
      reject(new Error(`harness did not start (${reason}): ${detail}`));
    };
    const timer = setTimeout(() => fail(`no ready line within ${READY_TIMEOUT_MS} ms`), READY_TIMEOUT_MS);
    child.once('error', (error) => fail(String(error)));
    child.once('exit', (code, signal) => fail(`exited with ${signal ?? code}`));
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      if (settled) return;
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      const ready = lines.find((line) => line.startsWith(READY_PREFIX));
      if (!ready) return;
      settled = true;
      clearTimeout(timer);
      const info = JSON.parse(ready.slice(READY_PREFIX.length)) as ReadyLine;
      resolve({ ...info, output: () => output, stop });
    });
  });
}
