import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// Pure helpers of scripts/electron-native.mjs. The script itself needs GitHub/electronjs.org
// and runs on release machines only (docs/release-checklist.md).

const ROOT = path.resolve(__dirname, '../../..');

interface NativeTarget {
  os: 'win' | 'mac' | 'linux';
  platform: string;
  arch: string;
}
interface AbiVerdict {
  ok: boolean;
  reason?: string;
}
interface Helpers {
  parseArgs(argv: string[], host?: NativeTarget): { release: boolean; force: boolean; targets: NativeTarget[] };
  makeTarget(os: string, arch: string): NativeTarget;
  hostTarget(platform?: string, arch?: string): NativeTarget;
  targetDir(root: string, target: NativeTarget): string;
  devBinaryPath(root: string): string;
  envWithoutNodedir(env: Record<string, string | undefined>): Record<string, string | undefined>;
  prebuildInstallArgs(version: string, target: NativeTarget): string[];
  nodeGypArgs(version: string, target: NativeTarget): string[];
  shouldCopy(sourceRoot: string, file: string): boolean;
  readAbiFromBinary(bytes: Uint8Array): number | null;
  checkAbi(input: { binaryAbi: number | null; nodeAbi: number; electronAbi: number | null; release: boolean }): AbiVerdict;
  stampMatches(stamp: unknown, expected: Record<string, unknown>): boolean;
}

// A computed URL keeps TypeScript from looking for declarations of the .mjs file.
const helpers = (await import(pathToFileURL(path.join(ROOT, 'scripts/electron-native-helpers.mjs')).href)) as Helpers;

const linuxX64 = helpers.makeTarget('linux', 'x64');

describe('electron-native helpers', () => {
  it('defaults to the host and parses --release/--target', () => {
    expect(helpers.parseArgs([], linuxX64)).toEqual({ release: false, force: false, targets: [linuxX64] });
    const parsed = helpers.parseArgs(['--release', '--target=win-x64,mac-arm64', '--target=linux-x64'], linuxX64);
    expect(parsed.release).toBe(true);
    expect(parsed.targets.map((t) => `${t.platform}-${t.arch}`)).toEqual(['win32-x64', 'darwin-arm64', 'linux-x64']);
    for (const bad of [['--target=foo-x64'], ['--target=win'], ['--target=win-mips'], ['--nope']]) {
      expect(() => helpers.parseArgs(bad, linuxX64)).toThrow();
    }
    expect(helpers.hostTarget('win32', 'x64')).toEqual({ os: 'win', platform: 'win32', arch: 'x64' });
  });

  it('lays files out as electron-builder ${os}-${arch} and the dev shell expect them', () => {
    expect(helpers.targetDir('/p', helpers.makeTarget('win', 'x64'))).toBe(path.join('/p', '.electron-native', 'win-x64'));
    expect(helpers.devBinaryPath('/p')).toBe(path.join('/p', '.electron-native', 'better_sqlite3.node'));
  });

  it('drops nodedir (any case) and other npm_config overrides, keeping the rest', () => {
    const env = helpers.envWithoutNodedir({
      npm_config_nodedir: '/usr/include/node',
      NPM_CONFIG_NODEDIR: '/usr/include/node',
      npm_config_runtime: 'node',
      npm_config_target: '20.20.2',
      npm_config_cache: '/c',
      PATH: '/bin',
    });
    expect(env).toEqual({ npm_config_cache: '/c', PATH: '/bin' });
  });

  it('asks prebuild-install and node-gyp for the Electron runtime explicitly', () => {
    const win = helpers.makeTarget('win', 'x64');
    expect(helpers.prebuildInstallArgs('45.5.0', win)).toEqual(
      expect.arrayContaining(['--runtime', 'electron', '--target', '45.5.0', '--arch', 'x64', '--platform', 'win32']),
    );
    expect(helpers.nodeGypArgs('45.5.0', linuxX64)).toEqual(
      expect.arrayContaining(['rebuild', '--runtime=electron', '--target=45.5.0', '--dist-url=https://electronjs.org/headers']),
    );
  });

  it('copies the better-sqlite3 sources but not its Node-ABI build', () => {
    const src = path.join('/nm', 'better-sqlite3');
    expect(helpers.shouldCopy(src, path.join(src, 'build', 'Release', 'better_sqlite3.node'))).toBe(false);
    expect(helpers.shouldCopy(src, path.join(src, 'build'))).toBe(false);
    expect(helpers.shouldCopy(src, path.join(src, 'deps', 'sqlite3', 'sqlite3.c'))).toBe(true);
    expect(helpers.shouldCopy(src, path.join(src, 'binding.gyp'))).toBe(true);
  });

  it("reads the ABI from the installed Node-ABI binary without loading it", () => {
    const file = path.join(ROOT, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    expect(helpers.readAbiFromBinary(readFileSync(file))).toBe(Number(process.versions.modules));
    expect(helpers.readAbiFromBinary(Buffer.from('..._node_register_module_v150\0...'))).toBe(150);
    expect(helpers.readAbiFromBinary(Buffer.from('nothing here'))).toBeNull();
    expect(helpers.readAbiFromBinary(Buffer.from('node_register_module_v115 node_register_module_v150'))).toBeNull();
  });

  it("rejects Node's ABI and a wrong Electron ABI; a missing marker only fails a release", () => {
    const base = { nodeAbi: 115, electronAbi: 150 };
    expect(helpers.checkAbi({ ...base, binaryAbi: 150, release: true }).ok).toBe(true);
    expect(helpers.checkAbi({ ...base, binaryAbi: 115, release: false }).ok).toBe(false);
    expect(helpers.checkAbi({ ...base, binaryAbi: 146, release: false }).ok).toBe(false);
    expect(helpers.checkAbi({ ...base, binaryAbi: null, release: false }).ok).toBe(true);
    expect(helpers.checkAbi({ ...base, binaryAbi: null, release: true }).ok).toBe(false);
  });

  it('reuses a stamp only for the same Electron, better-sqlite3, OS and arch', () => {
    const expected = { electronVersion: '45.5.0', betterSqlite3Version: '12.11.1', os: 'linux', arch: 'x64' };
    expect(helpers.stampMatches({ ...expected, abi: 150, source: 'node-gyp' }, expected)).toBe(true);
    expect(helpers.stampMatches({ ...expected, electronVersion: '45.4.0' }, expected)).toBe(false);
    expect(helpers.stampMatches({ ...expected, arch: 'arm64' }, expected)).toBe(false);
    expect(helpers.stampMatches(null, expected)).toBe(false);
  });
});
