// Pure helpers for scripts/electron-native.mjs, kept separate so unit tests can import
// them without running the build (test/unit/shell/electronNative.test.ts).
import path from 'node:path';

/** electron-builder's `${os}` macro values, keyed by Node's process.platform. */
export const BUILDER_OS = Object.freeze({ win32: 'win', darwin: 'mac', linux: 'linux' });
export const NODE_PLATFORM = Object.freeze({ win: 'win32', mac: 'darwin', linux: 'linux' });
export const SUPPORTED_ARCHES = Object.freeze(['x64', 'arm64', 'ia32']);

export const NATIVE_DIR = '.electron-native';
export const BINARY_NAME = 'better_sqlite3.node';
export const STAMP_NAME = 'stamp.json';

/**
 * @typedef {{ os: 'win' | 'mac' | 'linux', platform: string, arch: string }} NativeTarget
 * @typedef {{ release: boolean, force: boolean, targets: NativeTarget[] }} NativeArgs
 */

/** @returns {NativeTarget} */
export function makeTarget(os, arch) {
  const platform = NODE_PLATFORM[os];
  if (!platform) throw new Error(`Unknown target OS "${os}" (expected win, mac or linux)`);
  if (!SUPPORTED_ARCHES.includes(arch)) throw new Error(`Unknown target arch "${arch}" (expected ${SUPPORTED_ARCHES.join(', ')})`);
  return { os, platform, arch };
}

/** @returns {NativeTarget} */
export function hostTarget(platform = process.platform, arch = process.arch) {
  const os = BUILDER_OS[platform];
  if (!os) throw new Error(`Unsupported host platform ${platform}`);
  return makeTarget(os, arch);
}

/**
 * `--release`, `--force`, `--target=win-x64` (repeatable, or comma-separated).
 * Without --target: the host only, which is all `npm start` needs.
 * @returns {NativeArgs}
 */
export function parseArgs(argv, host = hostTarget()) {
  const args = { release: false, force: false, targets: [] };
  for (const arg of argv) {
    if (arg === '--release') args.release = true;
    else if (arg === '--force') args.force = true;
    else if (arg.startsWith('--target=')) {
      for (const spec of arg.slice('--target='.length).split(',').filter(Boolean)) {
        const [os, arch, ...rest] = spec.split('-');
        if (!os || !arch || rest.length > 0) throw new Error(`Bad --target "${spec}" (expected <os>-<arch>, e.g. win-x64)`);
        args.targets.push(makeTarget(os, arch));
      }
    } else throw new Error(`Unknown argument ${arg}`);
  }
  if (args.targets.length === 0) args.targets.push(host);
  return args;
}

export function isHostTarget(target, host = hostTarget()) {
  return target.os === host.os && target.arch === host.arch;
}

/** Where electron-builder's extraResources picks the binary up: `.electron-native/${os}-${arch}/`. */
export function targetDir(projectRoot, target) {
  return path.join(projectRoot, NATIVE_DIR, `${target.os}-${target.arch}`);
}

/** The copy the dev shell loads (src/main/shell/index.ts): `.electron-native/better_sqlite3.node`. */
export function devBinaryPath(projectRoot) {
  return path.join(projectRoot, NATIVE_DIR, BINARY_NAME);
}

/**
 * The machine's npm config sets `nodedir`, which makes node-gyp build against the local
 * Node headers (ABI 115) while reporting success. Drop every spelling of it, and any
 * other npm_config_* that would override the explicit runtime/target flags.
 */
export function envWithoutNodedir(env) {
  const overridden = /^npm_config_(nodedir|runtime|target|disturl|dist_url|arch|platform|build_from_source)$/i;
  return Object.fromEntries(Object.entries(env).filter(([key]) => !overridden.test(key)));
}

export function prebuildInstallArgs(electronVersion, target) {
  return ['--runtime', 'electron', '--target', electronVersion, '--arch', target.arch, '--platform', target.platform, '--verbose'];
}

export function nodeGypArgs(electronVersion, target) {
  return [
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${target.arch}`,
    '--dist-url=https://electronjs.org/headers',
  ];
}

/** Copy filter for node_modules/better-sqlite3 → build-src: everything but its Node-ABI build/. */
export function shouldCopy(sourceRoot, file) {
  const relative = path.relative(sourceRoot, file);
  const first = relative.split(path.sep)[0];
  return first !== 'build' && first !== 'prebuilds';
}

/**
 * Reads the ABI a native addon was built for without loading or spawning anything:
 * non-N-API addons export `node_register_module_v<ABI>` (ELF, Mach-O with a leading `_`,
 * and PE export names alike). Returns null when absent or ambiguous.
 * @param {Uint8Array} bytes
 */
export function readAbiFromBinary(bytes) {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const found = new Set([...text.matchAll(/node_register_module_v(\d+)/g)].map((m) => Number(m[1])));
  return found.size === 1 ? [...found][0] : null;
}

/**
 * Accept a binary only if it is not the current Node's ABI, and matches Electron's when both
 * are known. A missing marker is tolerated in development but not for a release.
 * @returns {{ ok: true } | { ok: false, reason: string }}
 */
export function checkAbi({ binaryAbi, nodeAbi, electronAbi, release }) {
  if (binaryAbi !== null && binaryAbi === nodeAbi) {
    return { ok: false, reason: `built for Node's ABI ${nodeAbi}, not Electron's (npm_config_nodedir leaked in?)` };
  }
  if (binaryAbi !== null && electronAbi !== null && binaryAbi !== electronAbi) {
    return { ok: false, reason: `built for ABI ${binaryAbi}, but Electron needs ${electronAbi}` };
  }
  if (binaryAbi === null && release) return { ok: false, reason: 'could not read the ABI from the binary' };
  return { ok: true };
}

export function makeStamp({ electronVersion, betterSqlite3Version, target, abi, source }) {
  return { electronVersion, betterSqlite3Version, os: target.os, arch: target.arch, abi, source };
}

/** Reuse a previous result only when it was made for exactly these inputs. */
export function stampMatches(stamp, expected) {
  if (!stamp || typeof stamp !== 'object') return false;
  return ['electronVersion', 'betterSqlite3Version', 'os', 'arch'].every((key) => stamp[key] === expected[key]);
}
