#!/usr/bin/env node
// Produces better-sqlite3 for Electron's ABI WITHOUT touching node_modules/better-sqlite3,
// which must stay on Node's ABI for the tests and the CLI (platform.md §5).
//
//   node scripts/electron-native.mjs                     # host, for `npm start`
//   node scripts/electron-native.mjs --release           # host, failures and doubts fatal
//   node scripts/electron-native.mjs --release --target=win-x64,mac-arm64,linux-x64
//
// Output: .electron-native/<os>-<arch>/better_sqlite3.node (electron-builder extraResources)
// and, for the host, .electron-native/better_sqlite3.node (loaded by the dev shell).
// Needs network access to GitHub / electronjs.org: it cannot work on the offline build machines.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import {
  BINARY_NAME,
  checkAbi,
  devBinaryPath,
  envWithoutNodedir,
  isHostTarget,
  makeStamp,
  NATIVE_DIR,
  nodeGypArgs,
  parseArgs,
  prebuildInstallArgs,
  readAbiFromBinary,
  shouldCopy,
  STAMP_NAME,
  stampMatches,
  targetDir,
} from './electron-native-helpers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const modules = path.join(root, 'node_modules');

class NativeBuildError extends Error {}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function electronAbi(electronVersion) {
  // electron's package ships `abi_version`; fall back to node-abi (present via electron-builder).
  const file = path.join(modules, 'electron', 'abi_version');
  if (existsSync(file)) return Number(readFileSync(file, 'utf8').trim());
  try {
    return Number(createRequire(path.join(root, 'package.json'))('node-abi').getAbi(electronVersion, 'electron'));
  } catch {
    return null;
  }
}

function run(label, script, args, cwd) {
  if (!existsSync(script)) return { ok: false, reason: `${label} not found at ${script}` };
  console.log(`[electron-native] ${label} ${args.join(' ')}`);
  const result = spawnSync(process.execPath, [script, ...args], { cwd, env: envWithoutNodedir(process.env), stdio: 'inherit' });
  return result.status === 0 ? { ok: true } : { ok: false, reason: `${label} exited with ${result.status ?? result.signal}` };
}

function verify(binary, options) {
  const binaryAbi = readAbiFromBinary(readFileSync(binary));
  const verdict = checkAbi({ binaryAbi, nodeAbi: Number(process.versions.modules), electronAbi: options.abi, release: options.release });
  if (!verdict.ok) throw new NativeBuildError(`${path.relative(root, binary)}: ${verdict.reason}`);
  return binaryAbi;
}

function buildOne(target, context) {
  const outDir = targetDir(root, target);
  const outFile = path.join(outDir, BINARY_NAME);
  const expected = makeStamp({ ...context, target, abi: context.abi, source: '' });
  const host = isHostTarget(target);

  if (!context.force && existsSync(outFile) && stampMatches(readJson(path.join(outDir, STAMP_NAME)), expected)) {
    try {
      verify(outFile, context); // a cached file is re-checked, never trusted blindly
      if (host) copyFileSync(outFile, devBinaryPath(root));
      console.log(`[electron-native] ${target.os}-${target.arch}: up to date (Electron ${context.electronVersion})`);
      return;
    } catch (error) {
      if (!(error instanceof NativeBuildError)) throw error;
      console.warn(`[electron-native] cached binary rejected, rebuilding: ${error.message}`);
    }
  }

  const buildSrc = path.join(root, NATIVE_DIR, 'build-src');
  try {
    buildFromSourceCopy(target, context, { buildSrc, outDir, outFile, host });
  } finally {
    rmSync(buildSrc, { recursive: true, force: true });
  }
}

function buildFromSourceCopy(target, context, { buildSrc, outDir, outFile, host }) {
  const source = path.join(modules, 'better-sqlite3');
  rmSync(buildSrc, { recursive: true, force: true });
  cpSync(source, buildSrc, { recursive: true, filter: (file) => shouldCopy(source, file) });

  const attempts = [];
  let how = 'prebuild-install';
  let result = run('prebuild-install', path.join(modules, 'prebuild-install', 'bin.js'), prebuildInstallArgs(context.electronVersion, target), buildSrc);
  if (!result.ok) attempts.push(result.reason);
  if (!result.ok && host) {
    // Only the host can compile; other targets must come from a prebuilt download.
    how = 'node-gyp';
    result = run('node-gyp', path.join(modules, 'node-gyp', 'bin', 'node-gyp.js'), nodeGypArgs(context.electronVersion, target), buildSrc);
    if (!result.ok) attempts.push(result.reason);
  }
  const built = path.join(buildSrc, 'build', 'Release', BINARY_NAME);
  if (!result.ok || !existsSync(built)) {
    const hint = host ? '' : ` Build it on a ${target.os} machine instead (node scripts/electron-native.mjs --release).`;
    throw new NativeBuildError(`${target.os}-${target.arch}: no Electron binary (${attempts.join('; ') || 'output missing'}).${hint}`);
  }

  const abi = verify(built, context);
  mkdirSync(outDir, { recursive: true });
  copyFileSync(built, outFile);
  writeFileSync(path.join(outDir, STAMP_NAME), `${JSON.stringify(makeStamp({ ...context, target, abi, source: how }), null, 2)}\n`);
  if (host) copyFileSync(outFile, devBinaryPath(root));
  console.log(`[electron-native] ${target.os}-${target.arch}: ABI ${abi ?? '?'} via ${how} → ${path.relative(root, outFile)}`);
}

function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`[electron-native] ${error.message}`);
    return 2;
  }
  const electronVersion = readJson(path.join(modules, 'electron', 'package.json'))?.version;
  const betterSqlite3Version = readJson(path.join(modules, 'better-sqlite3', 'package.json'))?.version;
  if (!electronVersion || !betterSqlite3Version) {
    console.error('[electron-native] node_modules/electron or node_modules/better-sqlite3 is missing: run npm ci first.');
    return 1;
  }
  const context = { electronVersion, betterSqlite3Version, abi: electronAbi(electronVersion), release: args.release, force: args.force };
  mkdirSync(path.join(root, NATIVE_DIR), { recursive: true });
  try {
    for (const target of args.targets) buildOne(target, context);
    return 0;
  } catch (error) {
    const message = error instanceof NativeBuildError ? error.message : String(error?.stack ?? error);
    console.error(`\n[electron-native] FAILED: ${message}`);
    if (args.release) {
      console.error('[electron-native] Release aborted: an installer without a matching better-sqlite3 cannot open its database.');
    } else {
      console.error(
        '[electron-native] `npm start` needs better-sqlite3 built for Electron ' +
          `${electronVersion}, which downloads a prebuilt binary or Electron headers from GitHub/electronjs.org.\n` +
          '[electron-native] Without that network access use the Node-only paths instead: npm run test:unit, npm run cli, npm run test:e2e.',
      );
    }
    return 1;
  }
}

process.exitCode = main();
