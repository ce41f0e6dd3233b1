import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as TS from 'typescript';

// reliability.md §7 / §15 check 10: a TypeScript-AST audit of src/main/**. Needs the
// `typescript` JS API (5.9/6.0; the native 7.x compiler has none, platform.md §2).
const ts = createRequire(import.meta.url)('typescript') as typeof TS;

const ROOT = path.resolve(__dirname, '../../..');
const MAIN = path.join(ROOT, 'src/main');

// Values that must never appear for these keys. enableBlinkFeatures is forbidden outright.
const FORBIDDEN_VALUES: Readonly<Record<string, boolean>> = {
  nodeIntegration: true,
  nodeIntegrationInWorker: true,
  nodeIntegrationInSubFrames: true,
  contextIsolation: false,
  sandbox: false,
  webSecurity: false,
  allowRunningInsecureContent: true,
  experimentalFeatures: true,
  webviewTag: true,
  devTools: true,
};
const ALWAYS_FORBIDDEN_KEYS = new Set(['enableBlinkFeatures']);
const REMOTE_DEBUG_SWITCHES = /^(remote-debugging-port|remote-debugging-pipe|inspect|inspect-brk|js-flags)$/;

interface Finding {
  file: string;
  line: number;
  rule: string;
}

const rel = (file: string): string => path.relative(ROOT, file).split(path.sep).join('/');
const isShellOrPreload = (file: string): boolean => /^src\/main\/(shell|preload)\//.test(rel(file));
const isShell = (file: string): boolean => rel(file).startsWith('src/main/shell/');

function keyName(name: TS.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

function literalBoolean(node: TS.Expression): boolean | undefined {
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  return undefined;
}

function isElectronSpecifier(node: TS.Node | undefined): boolean {
  return !!node && ts.isStringLiteral(node) && /^electron(\/(main|renderer|common))?$/.test(node.text);
}

/** Audits one file; the rules are proven on synthetic sources at the bottom. */
function auditSource(file: string, text: string): Finding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const findings: Finding[] = [];
  const report = (node: TS.Node, rule: string): void => {
    findings.push({ file: rel(file), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, rule });
  };
  const checkKeyValue = (node: TS.Node, key: string | undefined, value: TS.Expression | undefined): void => {
    if (!key) return;
    if (ALWAYS_FORBIDDEN_KEYS.has(key)) report(node, `${key} is forbidden`);
    const forbidden = FORBIDDEN_VALUES[key];
    if (forbidden !== undefined && value && literalBoolean(value) === forbidden) report(node, `${key}: ${forbidden}`);
  };

  const visit = (node: TS.Node): void => {
    if (ts.isNewExpression(node)) {
      const callee = node.expression.getText(source);
      if (/(^|\.)BrowserWindow$/.test(callee) && rel(file) !== 'src/main/shell/window.ts') {
        report(node, 'new BrowserWindow outside shell/window.ts');
      }
    }
    if (ts.isPropertyAssignment(node)) checkKeyValue(node, keyName(node.name), node.initializer);
    if (ts.isShorthandPropertyAssignment(node) && ALWAYS_FORBIDDEN_KEYS.has(node.name.text)) {
      report(node, `${node.name.text} is forbidden`);
    }
    // `prefs.sandbox = false` style writes.
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      if (ts.isPropertyAccessExpression(node.left)) checkKeyValue(node, node.left.name.text, node.right);
    }
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && isElectronSpecifier(node.moduleSpecifier)) {
      if (!isShellOrPreload(file)) report(node, "'electron' imported outside shell/preload");
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const [firstArg] = node.arguments;
      const isRequireOrImport =
        (ts.isIdentifier(callee) && callee.text === 'require') || callee.kind === ts.SyntaxKind.ImportKeyword;
      if (isRequireOrImport && isElectronSpecifier(firstArg) && !isShellOrPreload(file)) {
        report(node, "'electron' required outside shell/preload");
      }
      if (ts.isPropertyAccessExpression(callee)) {
        const method = callee.name.text;
        if ((method === 'openExternal' || method === 'openPath') && !isShell(file)) {
          report(node, `shell.${method} outside src/main/shell`);
        }
        if (method === 'openDevTools' && !isShell(file)) report(node, 'openDevTools outside src/main/shell');
        if (method === 'appendSwitch' && firstArg && ts.isStringLiteral(firstArg)) {
          if (REMOTE_DEBUG_SWITCHES.test(firstArg.text)) report(node, `debug switch ${firstArg.text}`);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

/** The preload may value-import only electron and the channels list (it runs sandboxed). */
function auditPreloadImports(file: string, text: string): Finding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const allowed = new Set(['electron', '../../shared/ipc/channels']);
  const findings: Finding[] = [];
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (statement.importClause?.isTypeOnly) continue;
    if (!allowed.has(statement.moduleSpecifier.text)) {
      const line = source.getLineAndCharacterOfPosition(statement.getStart()).line + 1;
      findings.push({ file: rel(file), line, rule: `preload imports ${statement.moduleSpecifier.text}` });
    }
  }
  // ipcRenderer as an object value (`{ ipcRenderer }`, `{ x: ipcRenderer }`) or a bridge argument.
  const isIpcRenderer = (node: TS.Node | undefined): boolean => !!node && ts.isIdentifier(node) && node.text === 'ipcRenderer';
  const visit = (node: TS.Node): void => {
    const leaks =
      (ts.isShorthandPropertyAssignment(node) && node.name.text === 'ipcRenderer') ||
      (ts.isPropertyAssignment(node) && isIpcRenderer(node.initializer)) ||
      (ts.isCallExpression(node) && node.arguments.some((arg) => isIpcRenderer(arg)));
    if (leaks) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      findings.push({ file: rel(file), line, rule: 'preload exposes ipcRenderer' });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

function tsFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFilesUnder(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

describe('AST audit of src/main/**', () => {
  const files = tsFilesUnder(MAIN);

  it('finds the shell files to audit', () => {
    expect(files.map(rel)).toEqual(expect.arrayContaining(['src/main/shell/window.ts', 'src/main/security.ts']));
  });

  it('has no findings', () => {
    const findings = files.flatMap((file) => auditSource(file, readFileSync(file, 'utf8')));
    expect(findings).toEqual([]);
  });

  it('keeps the preload down to electron and the channels list', () => {
    const preload = path.join(MAIN, 'preload/index.ts');
    expect(auditPreloadImports(preload, readFileSync(preload, 'utf8'))).toEqual([]);
  });

  it('has exactly one `new BrowserWindow`, in shell/window.ts', () => {
    const count = files
      .map((file) => readFileSync(file, 'utf8').match(/new\s+BrowserWindow\s*\(/g)?.length ?? 0)
      .reduce((a, b) => a + b, 0);
    expect(count).toBe(1);
  });
});

describe('the audit catches violations (synthetic sources)', () => {
  const outside = path.join(MAIN, 'partners/evil.ts');
  const inShell = path.join(MAIN, 'shell/other.ts');
  const rules = (file: string, text: string): string[] => auditSource(file, text).map((f) => f.rule);

  it.each([
    ['const w = new BrowserWindow({});', 'new BrowserWindow outside shell/window.ts'],
    ['const w = new electron.BrowserWindow({});', 'new BrowserWindow outside shell/window.ts'],
    ["import { app } from 'electron';", "'electron' imported outside shell/preload"],
    ["import type { WebContents } from 'electron';", "'electron' imported outside shell/preload"],
    ["const e = require('electron');", "'electron' required outside shell/preload"],
    ["const e = await import('electron/main');", "'electron' required outside shell/preload"],
    ["shell.openExternal('https://x.example');", 'shell.openExternal outside src/main/shell'],
    ['void electron.shell.openPath(file);', 'shell.openPath outside src/main/shell'],
    ['win.webContents.openDevTools();', 'openDevTools outside src/main/shell'],
  ])('outside the shell: %s', (code, rule) => {
    expect(rules(outside, code)).toContain(rule);
  });

  it.each([
    ['nodeIntegration: true'],
    ['nodeIntegrationInWorker: true'],
    ['contextIsolation: false'],
    ['sandbox: false'],
    ['webSecurity: false'],
    ['allowRunningInsecureContent: true'],
    ['experimentalFeatures: true'],
    ["'webviewTag': true"],
    ['devTools: true'],
    ["enableBlinkFeatures: 'X'"],
  ])('anywhere, even in the shell: { %s }', (pair) => {
    expect(auditSource(inShell, `const o = { webPreferences: { ${pair} } };`)).toHaveLength(1);
  });

  it('catches assignments, shorthand and debug switches', () => {
    expect(rules(inShell, 'prefs.sandbox = false;')).toEqual(['sandbox: false']);
    expect(rules(inShell, 'const o = { enableBlinkFeatures };')).toEqual(['enableBlinkFeatures is forbidden']);
    expect(rules(inShell, "app.commandLine.appendSwitch('remote-debugging-port', '9222');")).toEqual([
      'debug switch remote-debugging-port',
    ]);
  });

  it('accepts the secure values and shell-only calls inside the shell', () => {
    const ok = "import { shell } from 'electron'; const o = { sandbox: true, nodeIntegration: false }; shell.openExternal(u);";
    expect(auditSource(inShell, ok)).toEqual([]);
  });

  it('flags value imports and exposed ipcRenderer in the preload', () => {
    const bad = "import { z } from 'zod';\nimport type { X } from './x';\nexpose('a', { ipcRenderer });";
    expect(auditPreloadImports(path.join(MAIN, 'preload/index.ts'), bad).map((f) => f.rule)).toEqual([
      'preload imports zod',
      'preload exposes ipcRenderer',
    ]);
  });
});
