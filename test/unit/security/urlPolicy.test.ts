import { describe, expect, it } from 'vitest';
import {
  APP_CSP,
  APP_ORIGIN,
  devRendererOrigin,
  isAllowedNavigation,
  isSafeExternalUrl,
  permissionDecision,
  SECURE_WEB_PREFERENCES,
} from '../../../src/main/security';

// reliability.md §15 check 11: ≥ 30 hostile inputs per table, all denied.

const HOSTILE_NAVIGATIONS: readonly unknown[] = [
  'https://app.evil',
  'https://evil.example/',
  'http://main/',
  'app://x@evil',
  'app://main@evil/',
  'app://main:pw@main/',
  'app://user@main/index.html',
  'app://evil/index.html',
  'app://main.evil/',
  'app://mainx/',
  'app://main:8080/',
  'app:///index.html',
  'app:main/index.html',
  'app://evil#@main',
  'app://evil?@main',
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///C:/Windows/win.ini',
  'file:///etc/passwd',
  'file://server/share/x',
  'blob:app://main/1234',
  'about:blank',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'view-source:app://main/index.html',
  'ws://main/',
  'filesystem:app://main/temporary/x',
  'app://main\\..\\evil',
  'app:\\\\main\\index.html',
  '\\\\evil\\share\\index.html',
  'app://main/\u0000',
  '',
  '   ',
  'not a url',
  null,
  undefined,
  42,
  { toString: () => 'app://main/' },
];

describe('isAllowedNavigation', () => {
  it.each(HOSTILE_NAVIGATIONS.map((url) => [url]))('denies %j', (url) => {
    expect(isAllowedNavigation(url, APP_ORIGIN)).toBe(false);
  });

  it('has at least 30 hostile inputs', () => {
    expect(HOSTILE_NAVIGATIONS.length).toBeGreaterThanOrEqual(30);
  });

  it.each([['app://main/'], ['app://main/index.html'], ['app://main/index.html#/partners/1'], ['app://main/a?b=c']])(
    'allows the app origin: %s',
    (url) => {
      expect(isAllowedNavigation(url, APP_ORIGIN)).toBe(true);
    },
  );

  it('compares scheme, host and port exactly for a dev-server origin', () => {
    const dev = 'http://localhost:5173';
    expect(isAllowedNavigation('http://localhost:5173/#/x', dev)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/', dev)).toBe(false);
    expect(isAllowedNavigation('https://localhost:5173/', dev)).toBe(false);
    expect(isAllowedNavigation('http://localhost.evil:5173/', dev)).toBe(false);
    expect(isAllowedNavigation('http://a@localhost:5173/', dev)).toBe(false);
  });

  it('denies everything when the allowed origin itself is not a URL', () => {
    expect(isAllowedNavigation('app://main/', '')).toBe(false);
  });
});

const HOSTILE_EXTERNAL_URLS: readonly unknown[] = [
  'file:///C:/Windows/System32/calc.exe',
  'FILE:///etc/passwd',
  'smb://attacker/share',
  'ms-msdt:/id PCWDiagnostic /skip force',
  'ms-msdt:-id%20PCWDiagnostic',
  'search-ms:query=x&crumb=location:\\\\attacker\\share',
  'ms-officecmd:{}',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  '\\\\host\\share',
  '\\\\?\\UNC\\host\\share\\x.exe',
  '//host/share',
  'http://example.com/',
  'ftp://example.com/x',
  'ws://example.com/',
  'app://main/index.html',
  'https://user:pass@example.com/',
  'https://user@example.com/',
  'https://example.com@evil.com/',
  'https:\\\\evil.com',
  'https://evil.com\\@example.com',
  'https://exa\nmple.com/',
  'https://example.com/\t',
  ' https://example.com/',
  'https://evil。com/',
  'https://evil．com/',
  'https://evil｡com/',
  'https://example.com/\u202egpj.exe',
  'https://exa\u200bmple.com/',
  'https://localhost/',
  'https://[::1]/',
  'https:///path-only',
  'https://.evil.com/',
  'mailto:',
  'mailto:?subject=hi',
  'mailto:a@example.com?attach=/etc/passwd',
  'mailto:a@example.com?attachment=C:\\secret.txt',
  'mailto:someone',
  'mailto:a@example.com,javascript:alert(1)',
  `https://example.com/${'a'.repeat(3000)}`,
  '',
  null,
  undefined,
  ['https://example.com/'],
];

describe('isSafeExternalUrl', () => {
  it.each(HOSTILE_EXTERNAL_URLS.map((url) => [url]))('denies %j', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('has at least 30 hostile inputs', () => {
    expect(HOSTILE_EXTERNAL_URLS.length).toBeGreaterThanOrEqual(30);
  });

  it.each([
    ['https://example.com/'],
    ['HTTPS://EXAMPLE.COM/path?q=1#frag'],
    ['https://www.moe.gov.cn/jyb_xxgk/'],
    ['https://xn--fiqs8s.xn--fiqs8s/'],
    ['https://example.com:8443/a/@handle'],
    ['mailto:hr@example.com'],
    ['mailto:a@example.com,b@example.cn?subject=%E5%90%88%E4%BD%9C&body=hello&cc=c@example.com'],
  ])('allows %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });
});

describe('permissionDecision', () => {
  const permissions = [
    'media', 'geolocation', 'notifications', 'midi', 'midiSysex', 'pointerLock', 'fullscreen', 'openExternal',
    'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'hid', 'serial', 'usb', 'idle-detection',
    'window-management', 'local-fonts', 'storage-access', 'top-level-storage-access', 'fileSystem', 'keyboardLock',
    'mediaKeySystem', 'persistent-storage', 'screen-wake-lock', 'sensors', 'speaker-selection', 'unknown',
    'background-sync', 'payment-handler', 'web-app-installation', 'web-printing', 'nfc',
  ];
  const origins = [APP_ORIGIN, 'app://main/index.html', 'https://evil.example', '', null, undefined];

  it('refuses every permission for every origin, including the app itself', () => {
    expect(permissions.length).toBeGreaterThanOrEqual(30);
    for (const permission of permissions) {
      for (const origin of origins) expect(permissionDecision(permission, origin)).toBe(false);
    }
  });
});

describe('devRendererOrigin', () => {
  it('accepts only loopback http dev servers', () => {
    expect(devRendererOrigin('http://localhost:5173')).toBe('http://localhost:5173');
    expect(devRendererOrigin('http://127.0.0.1:5173/')).toBe('http://127.0.0.1:5173');
    for (const url of [undefined, '', 'https://evil.example', 'http://evil.example:5173', 'http://u:p@localhost:1/', 'file:///x']) {
      expect(devRendererOrigin(url)).toBeNull();
    }
  });
});

describe('SECURE_WEB_PREFERENCES and APP_CSP', () => {
  it('pins the safe values and cannot be mutated', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    });
    expect(Object.isFrozen(SECURE_WEB_PREFERENCES)).toBe(true);
  });

  it('is the production CSP of reliability.md §7', () => {
    const directives = new Map(
      APP_CSP.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(APP_CSP).not.toContain('unsafe-eval');
  });
});
