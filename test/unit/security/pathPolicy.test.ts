import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isOpenableAttachment,
  isWindowsReservedName,
  resolveAppProtocolPath,
  resolveInsideDirectory,
  sanitizeFileName,
} from '../../../src/main/security';

const root = path.resolve(mkdtempSync(path.join(os.tmpdir(), 'pd-renderer-')));
const inside = (p: string | null): boolean => p !== null && p.startsWith(root + path.sep);

// reliability.md §15 check 11 (protocol resolver) and check 19 (sanitizeFileName corpus).

const HOSTILE_APP_URLS: readonly unknown[] = [
  'app://main/../../etc/passwd',
  'app://main/..%2f..%2fetc%2fpasswd',
  'app://main/%2e%2e/%2e%2e/etc/passwd',
  'app://main/%2E%2E/secret',
  'app://main/.%2e/secret',
  'app://main/assets/%2e%2e%2f%2e%2e%2fsecret',
  'app://main/assets%2f..%2f..%2fsecret',
  'app://main/..\\..\\windows\\win.ini',
  'app://main/assets\\..\\..\\secret',
  'app://main/%5c..%5csecret',
  'app://main/%5cetc%5cpasswd',
  'app://main//etc/passwd',
  'app://main/%2fetc%2fpasswd',
  'app://main/C:/Windows/win.ini',
  'app://main/C%3A/Windows/win.ini',
  'app://main/c:%5cwindows%5cwin.ini',
  'app://main/index.html%00.png',
  'app://main/index.html\u0000',
  'app://main/index.html::$DATA',
  'app://main/CON',
  'app://main/assets/aux.js',
  'app://main/%ZZ',
  'app://main/./index.html',
  'app://main/assets/',
  'app://evil/index.html',
  'app://main.evil/index.html',
  'app://x@main/index.html',
  'app://main:1/index.html',
  'app:///index.html',
  'app:index.html',
  'https://main/index.html',
  'file:///etc/passwd',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  '\\\\server\\share\\index.html',
  '',
  null,
  undefined,
];

describe('resolveAppProtocolPath', () => {
  it.each(HOSTILE_APP_URLS.map((url) => [url]))('refuses %j', (url) => {
    expect(resolveAppProtocolPath(url, root)).toBeNull();
  });

  it('has at least 30 hostile inputs', () => {
    expect(HOSTILE_APP_URLS.length).toBeGreaterThanOrEqual(30);
  });

  it('never returns a path outside the root', () => {
    for (const url of HOSTILE_APP_URLS) {
      const resolved = resolveAppProtocolPath(url, root);
      expect(resolved === null || inside(resolved)).toBe(true);
    }
  });

  it('maps the root and ordinary assets into rootDir', () => {
    expect(resolveAppProtocolPath('app://main/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppProtocolPath('app://main', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppProtocolPath('app://main/index.html?x=1#y', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppProtocolPath('app://main/assets/index-AbC123.js', root)).toBe(
      path.join(root, 'assets', 'index-AbC123.js'),
    );
    expect(resolveAppProtocolPath('app://main/fonts/%E6%80%9D%E6%BA%90.woff2', root)).toBe(
      path.join(root, 'fonts', '思源.woff2'),
    );
  });
});

describe('resolveInsideDirectory', () => {
  it.each([
    ['../x'], ['a/../../x'], ['..'], ['/etc/passwd'], ['C:\\x'], ['C:/x'], ['c:x'], ['\\\\srv\\s'], ['a\\..\\..\\x'],
    ['file.txt:ads'], ['a\u0000b'], [''], ['//server/share'],
  ])('refuses %j', (relative) => {
    expect(resolveInsideDirectory(root, relative)).toBeNull();
  });

  it('accepts nested relative paths', () => {
    expect(resolveInsideDirectory(root, 'attachments/a.pdf')).toBe(path.join(root, 'attachments', 'a.pdf'));
  });
});

const FILE_NAME_CORPUS: readonly string[] = [
  '../',
  '..\\',
  '../../etc/passwd',
  '..\\..\\Windows\\System32\\drivers\\etc\\hosts',
  'C:\\x',
  'C:x',
  '\\\\srv\\s',
  '\\\\?\\UNC\\srv\\s\\a.txt',
  '/etc/passwd',
  'a.txt:ads',
  'a.txt::$DATA',
  'name.',
  'name ',
  'name. . .',
  '.',
  '..',
  '...',
  ' ',
  '',
  'a'.repeat(300),
  `${'合'.repeat(300)}.pdf`,
  `${'😀'.repeat(200)}.docx`,
  'invoice\u202Efdp.exe',
  'ab\u200bc\u200d.txt',
  '\u2066evil\u2069.pdf',
  'tab\there\r\n.txt',
  'nul\u0000byte.txt',
  '<script>.txt',
  'a|b?c*d"e.txt',
  '合作协议（2024）.pdf',
  'e\u0301.txt',
];

describe('sanitizeFileName', () => {
  it('never lets a corpus name escape the base directory', () => {
    for (const name of FILE_NAME_CORPUS) {
      const safe = sanitizeFileName(name);
      if (safe === null) continue;
      expect(safe).not.toMatch(/[<>:"/\\|?*]/);
      expect(Array.from(safe).length).toBeLessThanOrEqual(150);
      expect(safe).not.toMatch(/[. ]$/);
      expect(inside(resolveInsideDirectory(root, safe))).toBe(true);
    }
  });

  it.each([
    ['CON'], ['con'], ['con.txt'], ['PRN.pdf'], ['AUX'], ['NUL'], ['nul.tar.gz'], ['COM1'], ['com9.log'], ['LPT1'],
    ['lpt9.txt'], ['COM¹'], ['CONIN$'], ['conout$.txt'], ['CON .txt'], ['con.'], ['..'], ['. .'], [''],
  ])('returns null for %j (reserved or empty)', (name) => {
    expect(sanitizeFileName(name)).toBeNull();
  });

  it('applies the §8 steps in order', () => {
    expect(sanitizeFileName('e\u0301.txt')).toBe('\u00e9.txt');
    expect(sanitizeFileName('tab\there\r\n.txt')).toBe('tabhere.txt');
    expect(sanitizeFileName('a|b?c*d"e.txt')).toBe('a_b_c_d_e.txt');
    expect(sanitizeFileName('../')).toBe('.._');
    expect(sanitizeFileName('a.txt:ads')).toBe('a.txt_ads');
    expect(sanitizeFileName('name. . .')).toBe('name');
    expect(sanitizeFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(sanitizeFileName('合作协议（2024）.pdf')).toBe('合作协议（2024）.pdf');
    expect(sanitizeFileName('CONSOLE.txt')).toBe('CONSOLE.txt');
    expect(sanitizeFileName(42)).toBeNull();
  });

  it('cuts to 150 code points, keeping a short extension and whole surrogate pairs', () => {
    const cut = sanitizeFileName(`${'合'.repeat(300)}.pdf`);
    expect(cut).toBe(`${'合'.repeat(146)}.pdf`);
    const emoji = sanitizeFileName(`${'😀'.repeat(200)}.docx`) ?? '';
    expect(Array.from(emoji)).toHaveLength(150);
    expect(emoji.endsWith('.docx')).toBe(true);
    expect(emoji).not.toMatch(/[\ud800-\udbff]\./);
    expect(sanitizeFileName('a'.repeat(300))).toBe('a'.repeat(150));
  });
});

describe('isWindowsReservedName / isOpenableAttachment', () => {
  it('knows device names and the attachment allowlist', () => {
    expect(isWindowsReservedName('Com3.txt')).toBe(true);
    expect(isWindowsReservedName('company.txt')).toBe(false);
    expect(isOpenableAttachment('协议.PDF')).toBe(true);
    for (const name of ['run.exe', 'x.lnk', 'a.hta', 'b.bat', 'c.js', 'd.pdf.exe', 'noext', 'e.scr']) {
      expect(isOpenableAttachment(name)).toBe(false);
    }
  });
});
