// Packaging for PartnerDesk (electron-builder 26). Runs on a release machine with network
// access; see docs/release-checklist.md. Unit-checked by test/unit/shell/packagingConfig.test.ts.
const { existsSync, readFileSync } = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const ICON = 'resources/icon.png';

/** Font files the app never reads; test/unit/reports/fontPackaging.test.ts checks them against fonts.ts. */
const FONT_EXCLUDES = [
  '!**/@fontsource/*/files/*.woff',
  '!**/@fontsource/*/files/*-{100,200,300,500,600,800,900}-normal.woff2',
  '!**/@fontsource/noto-serif-jp/files/*-700-normal.woff2',
];

// electron-builder's Arch enum (builder-util): index → name used by the ${arch} macro.
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];
const BUILDER_OS = { win32: 'win', darwin: 'mac', linux: 'linux' };

/**
 * Refuse to package without an Electron-ABI better-sqlite3 for this exact OS and arch:
 * otherwise the installer builds fine and the app fails on its first database open.
 * @param {{ electronPlatformName: string, arch: number }} context
 */
async function assertNativeBinding(context) {
  const os = BUILDER_OS[context.electronPlatformName];
  const arch = ARCH_NAMES[context.arch];
  const file = path.join(__dirname, '.electron-native', `${os}-${arch}`, 'better_sqlite3.node');
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run \`node scripts/electron-native.mjs --release --target=${os}-${arch}\` first`);
  }
  const helpers = await import(pathToFileURL(path.join(__dirname, 'scripts', 'electron-native-helpers.mjs')).href);
  const electronAbi = Number(readFileSync(path.join(__dirname, 'node_modules', 'electron', 'abi_version'), 'utf8'));
  const verdict = helpers.checkAbi({
    binaryAbi: helpers.readAbiFromBinary(readFileSync(file)),
    nodeAbi: Number(process.versions.modules),
    electronAbi: Number.isFinite(electronAbi) ? electronAbi : null,
    release: true,
  });
  if (!verdict.ok) throw new Error(`${file}: ${verdict.reason}`);
}

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'cn.edu.partnerdesk.app',
  productName: 'PartnerDesk',
  copyright: 'PartnerDesk',
  directories: { output: 'release', buildResources: 'resources' },
  files: [
    'out/**',
    'package.json',
    // The JS of better-sqlite3 is needed at runtime; its Node-ABI binary and C sources are not
    // (the main process passes the Electron-ABI binary below as `nativeBinding`).
    '!node_modules/better-sqlite3/{build,deps,src}/**',
    // Fonts (~250 MB as installed). The renderer bundles its own copy (Vite, out/renderer);
    // the main process (src/main/pdf/fonts.ts) reads only the 400/700 CSS and the woff2
    // slices of those weights, and of Noto Serif JP (the rare-character fallback) weight 400.
    // The CSS files stay: fonts.ts finds the slices and their unicode-ranges through them.
    ...FONT_EXCLUDES,
  ],
  asar: true,
  // Tests and the CLI use the Node-ABI better-sqlite3 in node_modules; a rebuild here would
  // replace it (or, with the machine's nodedir, silently rebuild the Node ABI: platform.md §5).
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  // Built per OS/arch by scripts/electron-native.mjs; `${os}`/`${arch}` are builder macros.
  extraResources: [{ from: '.electron-native/${os}-${arch}/better_sqlite3.node', to: 'native/better_sqlite3.node' }],
  beforePack: assertNativeBinding,
  publish: null,
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: ICON,
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    shortcutName: 'PartnerDesk',
    // Uninstalling must never delete the database (it lives in %LOCALAPPDATA%\PartnerDesk).
    deleteAppDataOnUninstall: false,
  },
  mac: {
    target: ['dmg'],
    icon: ICON,
    category: 'public.app-category.productivity',
  },
  linux: {
    target: ['AppImage', 'deb'],
    icon: ICON,
    category: 'Office',
    // deb needs a maintainer; package.json has no author e-mail. Replace before publishing.
    maintainer: 'PartnerDesk maintainers <partnerdesk@example.invalid>',
    synopsis: 'Offline school-enterprise cooperation desk (校企合作)',
  },
  // reliability.md §7 row 19, flipped by @electron/fuses during packaging.
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
};
