import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => ({ protocol: electron.protocol }));

const { createAppProtocolHandler, handleAppProtocol, registerAppSchemeAsPrivileged } = await import(
  '../../../src/main/shell/protocol'
);
const { APP_CSP } = await import('../../../src/main/security');
const { contentTypeFor } = await import('../../../src/main/appFiles');

// <tmp>/secret.txt sits next to <tmp>/renderer, which is the served root.
const base = mkdtempSync(path.join(os.tmpdir(), 'pd-protocol-'));
const root = path.join(base, 'renderer');

beforeAll(() => {
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>PartnerDesk</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', 'style.css'), 'body{}');
  writeFileSync(path.join(base, 'secret.txt'), 'TOP SECRET');
  try {
    symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  } catch {
    // Symlinks may be unavailable (Windows without privilege); that case is then untested.
  }
});

const serve = createAppProtocolHandler(root);
const get = (url: string, method = 'GET'): Promise<Response> => serve({ url, method });

describe('app:// scheme registration', () => {
  it('registers app as a standard, secure, fetch-capable scheme', () => {
    registerAppSchemeAsPrivileged();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('handles the app scheme', () => {
    handleAppProtocol(root);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});

describe('app:// protocol handler', () => {
  it('serves index.html with the CSP header', async () => {
    for (const url of ['app://main/index.html', 'app://main/']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toContain('PartnerDesk');
    }
  });

  it('serves assets with their type and no CSP header', async () => {
    const response = await get('app://main/assets/index-abc.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(await response.text()).toBe('console.log(1)');
  });

  it.each([
    'app://main/../secret.txt',
    'app://main/%2e%2e/secret.txt',
    'app://main/assets/..%2f..%2fsecret.txt',
    'app://main/..%5csecret.txt',
    `app://main/${encodeURIComponent(path.join(base, 'secret.txt'))}`,
    'app://main//secret.txt',
    'app://evil/index.html',
    'app://main/assets/link.txt',
    'app://main/assets',
    'app://main/missing.js',
    'app://main/index.html%00',
  ])('answers 404 for %s and never leaks the secret', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('TOP SECRET');
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://main/index.html', 'POST')).status).toBe(405);
    const head = await get('app://main/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('maps content types, falling back to octet-stream', () => {
    expect(contentTypeFor('a.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('x.exe')).toBe('application/octet-stream');
  });
});
