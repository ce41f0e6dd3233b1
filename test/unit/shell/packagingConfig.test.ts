import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// reliability.md §15 check 13: the packager config, statically. The packaged app itself is
// checked on a release machine (docs/release-checklist.md).

const ROOT = path.resolve(__dirname, '../../..');
const require = createRequire(import.meta.url);

interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string };
  files: string[];
  asar: boolean;
  npmRebuild: boolean;
  extraResources: { from: string; to: string }[];
  beforePack: (context: { electronPlatformName: string; arch: number }) => Promise<void>;
  win: { target: { target: string }[]; icon: string };
  mac: { target: string[]; icon: string };
  linux: { target: string[]; icon: string };
  electronFuses: Record<string, boolean>;
}

const config = require(path.join(ROOT, 'electron-builder.config.cjs')) as BuilderConfig;

describe('electron-builder.config.cjs', () => {
  it('identifies the app', () => {
    expect(config.appId).toBe('cn.edu.partnerdesk.app');
    expect(config.productName).toBe('PartnerDesk');
    expect(config.directories.output).toBe('release');
  });

  it('sets the 7 fuses of reliability.md §7 row 19', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the built app in an asar and never rebuilds native modules', () => {
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(false);
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
  });

  it('ships the Electron-ABI better-sqlite3 where the shell looks for it', () => {
    expect(config.extraResources).toEqual([
      { from: '.electron-native/${os}-${arch}/better_sqlite3.node', to: 'native/better_sqlite3.node' },
    ]);
    const shell = readFileSync(path.join(ROOT, 'src/main/shell/index.ts'), 'utf8');
    expect(shell).toContain("path.join(process.resourcesPath, 'native', NATIVE_BINDING_FILE)");
    expect(shell).toContain("const NATIVE_BINDING_FILE = 'better_sqlite3.node'");
  });

  it('targets nsis, dmg, AppImage and deb with the 512 px icon', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    for (const platform of [config.win, config.mac, config.linux]) expect(platform.icon).toBe('resources/icon.png');
    const png = readFileSync(path.join(ROOT, 'resources/icon.png'));
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('refuses to pack without a binary for the target (beforePack)', async () => {
    // arch 3 = arm64 in builder-util's Arch enum; nobody builds win-arm64 here.
    await expect(config.beforePack({ electronPlatformName: 'win32', arch: 3 })).rejects.toThrow(/win-arm64.*missing/s);
  });

  it('uses a supported Electron major (45 or newer)', () => {
    const electron = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as {
      version: string;
    };
    expect(Number(electron.version.split('.')[0])).toBeGreaterThanOrEqual(45);
  });
});
