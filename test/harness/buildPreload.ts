import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// Bundles the REAL preload (src/main/preload/index.ts) into one IIFE for Playwright's
// addInitScript, with `electron` aliased to the browser half of the stand-in. Each test
// starts a harness process and each Playwright worker needs the script, so the result is
// memoised per process and cached on disk, keyed by the hashes of every bundled file: an
// edit to the preload, channels.ts or the stand-in is picked up on the next run.

const REPO_ROOT = path.resolve(__dirname, '../..');
const PRELOAD_ENTRY = path.join(REPO_ROOT, 'src/main/preload/index.ts');
const RENDERER_STAND_IN = path.join(__dirname, 'electronStandIn/renderer.ts');
const CACHE_DIR = path.join(REPO_ROOT, 'node_modules/.cache/partnerdesk-harness');
const CACHE_FILE = path.join(CACHE_DIR, 'preload.json');
/** Electron 45 ships Chromium 140; Debian's Chromium is newer, so this runs in both. */
const TARGET = 'chrome140';

interface CachedPreload {
  /** Absolute path → sha256 of each file that went into the bundle. */
  inputs: Record<string, string>;
  code: string;
}

function hashFile(file: string): string | null {
  try {
    return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  } catch {
    return null;
  }
}

function readCache(): string | null {
  let cached: CachedPreload;
  try {
    cached = JSON.parse(fs.readFileSync(CACHE_FILE, 'utf8')) as CachedPreload;
  } catch {
    return null;
  }
  const files = Object.entries(cached.inputs ?? {});
  if (files.length === 0 || typeof cached.code !== 'string') return null;
  return files.every(([file, hash]) => hashFile(file) === hash) ? cached.code : null;
}

function writeCache(moduleIds: readonly string[], code: string): void {
  const inputs: Record<string, string> = {};
  for (const id of moduleIds) {
    const hash = hashFile(id);
    if (hash === null) return; // a virtual module: cannot be validated later, so don't cache
    inputs[id] = hash;
  }
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  // Write-then-rename: two Playwright workers may race here, and a reader must never see half a file.
  const temp = `${CACHE_FILE}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify({ inputs, code } satisfies CachedPreload));
  fs.renameSync(temp, CACHE_FILE);
}

async function bundle(): Promise<{ code: string; moduleIds: string[] }> {
  // Imported lazily: the cache hit path then never loads vite.
  const { build } = await import('vite');
  const result = await build({
    configFile: false,
    root: REPO_ROOT,
    publicDir: false,
    logLevel: 'silent',
    resolve: { alias: { electron: RENDERER_STAND_IN } },
    build: {
      write: false,
      minify: false,
      emptyOutDir: false,
      copyPublicDir: false,
      target: TARGET,
      lib: { entry: PRELOAD_ENTRY, formats: ['iife'], name: 'partnerdeskPreload', fileName: () => 'preload.js' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    const chunk = output.output.find((item) => item.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return { code: chunk.code, moduleIds: chunk.moduleIds };
  }
  throw new Error('vite build returned no preload chunk');
}

let memo: Promise<string> | null = null;

/** The preload as a self-contained script string; built at most once per process. */
export function buildPreload(): Promise<string> {
  memo ??= (async () => {
    const cached = readCache();
    if (cached !== null) return cached;
    const { code, moduleIds } = await bundle();
    writeCache(moduleIds, code);
    return code;
  })();
  // A failed build must not poison later attempts in a long-lived process.
  memo.catch(() => {
    memo = null;
  });
  return memo;
}
