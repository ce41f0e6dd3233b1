import path from 'node:path';

// Security policy as pure data and functions (reliability.md §7, §8). No electron import:
// the thin shell applies these, and the unit tables in test/unit/security prove them in Node.

/** Forced onto every window; spread last so no caller can weaken them. */
export const SECURE_WEB_PREFERENCES = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  spellcheck: false,
  navigateOnDragDrop: false,
} as const);

export const APP_SCHEME = 'app';
export const APP_HOST = 'main';
/** `new URL('app://main').origin` is 'null' in Node (non-special scheme), so code compares protocol + host. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Production CSP (reliability.md §7). Sent as a header, where `frame-ancestors` takes effect. */
export const APP_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

// Invisible and bidi characters make a displayed URL or name differ from what the OS sees
// (`invoice\u202Efdp.exe`). Ideographic/full-width full stops are mapped to '.' by IDNA, so
// `evil。com` would open evil.com. All are rejected in URLs and removed from file names.
const INVISIBLE_OR_BIDI_CLASS = '[\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff]';
const INVISIBLE_OR_BIDI = new RegExp(INVISIBLE_OR_BIDI_CLASS);
const UNICODE_DOTS = /[\u3002\uff0e\uff61]/;

// C0/C1 controls, checked by code unit (a regex literal would trip eslint's no-control-regex).
function isControlCode(code: number): boolean {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f);
}
function hasControlOrSpace(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (isControlCode(code) || code === 0x20) return true;
  }
  return false;
}
function hasControl(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) if (isControlCode(value.charCodeAt(i))) return true;
  return false;
}
function stripControls(value: string): string {
  return Array.from(value)
    .filter((char) => !isControlCode(char.charCodeAt(0)))
    .join('');
}

const MAX_URL_LENGTH = 2048;

function parseUrl(value: unknown): URL | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_URL_LENGTH) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

function hasCredentials(url: URL): boolean {
  return url.username !== '' || url.password !== '';
}

/** Same scheme and host (incl. port) as `allowedOrigin`, and no credentials. */
export function isAllowedNavigation(url: unknown, allowedOrigin: string): boolean {
  const target = parseUrl(url);
  const allowed = parseUrl(allowedOrigin);
  if (!target || !allowed) return false;
  if (/[\\]/.test(url as string) || hasControl(url as string)) return false;
  return (
    target.protocol === allowed.protocol &&
    target.host !== '' &&
    target.host === allowed.host &&
    !hasCredentials(target)
  );
}

// mailto: parameters other mail clients understand; `attach=`/`attachment=` would let a
// link mail out local files in some clients, so only these pass.
const MAILTO_PARAMS = new Set(['subject', 'body', 'cc', 'bcc', 'to']);
const EMAIL_ADDRESS = /^[^\s@/\\:]+@[^\s@/\\:]+\.[^\s@/\\:]+$/;

function isSafeMailto(url: URL): boolean {
  if (url.pathname === '') return false;
  const recipients = url.pathname.split(',').map((part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return '';
    }
  });
  if (!recipients.every((address) => EMAIL_ADDRESS.test(address))) return false;
  return [...url.searchParams.keys()].every((key) => MAILTO_PARAMS.has(key.toLowerCase()));
}

/** What `shell.openExternal` may receive: https: and mailto: only, no credentials. */
export function isSafeExternalUrl(url: unknown): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  const raw = url as string;
  // Checked on the raw string: the URL parser silently drops tabs/newlines, turns `\` into `/`
  // for https and maps Unicode dots, so the parsed form would look harmless.
  if (hasControlOrSpace(raw) || raw.includes('\\') || UNICODE_DOTS.test(raw)) return false;
  if (INVISIBLE_OR_BIDI.test(raw)) return false;
  if (hasCredentials(parsed)) return false;
  // `new URL` lower-cases the scheme, so `HTTPS://` arrives here as 'https:'.
  if (parsed.protocol === 'mailto:') return isSafeMailto(parsed);
  if (parsed.protocol !== 'https:') return false;
  const host = parsed.hostname;
  return host.includes('.') && !host.startsWith('.') && !host.endsWith('.');
}

/** Every permission (camera, notifications, clipboard-read, …) is refused: the app needs none. */
// Takes (permission, origin) so call sites and tables read naturally; neither changes the answer.
export const permissionDecision: (permission: string, origin?: string | null) => false = () => false;

/**
 * Requests the production session may make beyond `app:`: none. `webRequest` URL filters;
 * anything they match is cancelled, so even a CSP slip cannot reach the network or `file:`.
 */
export const BLOCKED_REQUEST_URL_PATTERNS: readonly string[] = Object.freeze([
  'http://*/*',
  'https://*/*',
  'ws://*/*',
  'wss://*/*',
  'ftp://*/*',
  'file:///*',
]);

/** The renderer dev server URL (electron-vite sets ELECTRON_RENDERER_URL); only loopback http counts. */
export function devRendererOrigin(url: string | undefined): string | null {
  const parsed = parseUrl(url);
  if (!parsed || parsed.protocol !== 'http:' || hasCredentials(parsed)) return null;
  const loopback = ['localhost', '127.0.0.1', '[::1]'];
  return loopback.includes(parsed.hostname) ? parsed.origin : null;
}

// Windows device names: reserved with or without an extension (`con.txt`), and with the
// superscript digits Windows also accepts (learn.microsoft.com, "Naming Files").
const RESERVED_DEVICE_NAME = /^(con|prn|aux|nul|conin\$|conout\$|(com|lpt)[0-9\u00b9\u00b2\u00b3])$/i;

export function isWindowsReservedName(name: string): boolean {
  const stem = (name.split('.')[0] ?? '').replace(/[ .]+$/, '');
  return RESERVED_DEVICE_NAME.test(stem);
}

/**
 * `app://main/<path>` → absolute file under `rootDir`, or null. '/' serves index.html.
 * Rejects other hosts, credentials, ports, `..`/`.` (also percent-encoded), backslashes,
 * NUL, drive letters, empty segments (`//etc`), device names, and anything resolving outside.
 */
export function resolveAppProtocolPath(url: unknown, rootDir: string): string | null {
  const parsed = parseUrl(url);
  if (!parsed) return null;
  const raw = url as string;
  if (raw.includes('\\') || hasControl(raw)) return null;
  // The URL parser would silently collapse `..`/`%2e%2e` segments; refuse them instead.
  if (/(?:^|\/)(?:\.|%2e){1,2}(?:[/?#]|$)/i.test(raw)) return null;
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || hasCredentials(parsed)) return null;
  const encoded = parsed.pathname === '/' || parsed.pathname === '' ? '/index.html' : parsed.pathname;
  if (!encoded.startsWith('/')) return null;
  const segments: string[] = [];
  for (const part of encoded.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(part);
    } catch {
      return null;
    }
    if (segment === '' || segment === '.' || segment === '..') return null;
    if (/[\\/:]/.test(segment) || hasControl(segment)) return null;
    if (isWindowsReservedName(segment)) return null;
    segments.push(segment);
  }
  return resolveInsideDirectory(rootDir, segments.join('/'));
}

/**
 * `base/relativePath` if it stays strictly inside `base`, else null (reliability.md §8's final
 * check; also for zip entries). Rejects NUL, `\`, `:` (drive letters, NTFS streams), absolute
 * paths of either platform and `..` segments before resolving, then verifies the prefix.
 */
export function resolveInsideDirectory(baseDir: string, relativePath: string): string | null {
  if (relativePath === '' || /[\\:]/.test(relativePath) || hasControl(relativePath)) return null;
  if (path.posix.isAbsolute(relativePath) || path.win32.isAbsolute(relativePath)) return null;
  if (relativePath.split('/').some((segment) => segment === '..')) return null;
  const base = path.resolve(baseDir);
  const resolved = path.resolve(base, relativePath);
  return resolved.startsWith(base + path.sep) ? resolved : null;
}

const FORBIDDEN_NAME_CHARS = /[<>:"/\\|?*]/g;
const MAX_NAME_LENGTH = 150;
const MAX_KEPT_EXTENSION = 16;

/**
 * A file name safe to create on Windows, macOS and Linux (reliability.md §8), or **null**
 * when nothing usable is left or the name is a Windows device name (`CON`, `con.txt`, `LPT1`).
 * Returns null instead of throwing so callers pick their own fallback, e.g. `attachment.pdf`.
 * Callers still join it with `resolveInsideDirectory`.
 */
export function sanitizeFileName(name: unknown): string | null {
  if (typeof name !== 'string') return null;
  let result = stripControls(name.normalize('NFC'))
    // Bidi overrides and zero-width characters disguise extensions (`invoice\u202Efdp.exe`).
    .replace(new RegExp(INVISIBLE_OR_BIDI_CLASS, 'g'), '')
    .replace(FORBIDDEN_NAME_CHARS, '_')
    .replace(/[. ]+$/, '');
  if (result === '' || isWindowsReservedName(result)) return null;
  const codePoints = Array.from(result);
  if (codePoints.length > MAX_NAME_LENGTH) {
    // Keep a short extension so a cut name still opens with the right program.
    const dot = result.lastIndexOf('.');
    const extension = dot > 0 ? Array.from(result.slice(dot)) : [];
    const keep = extension.length > 1 && extension.length <= MAX_KEPT_EXTENSION ? extension : [];
    const stem = Array.from(result.slice(0, keep.length ? dot : undefined)).slice(0, MAX_NAME_LENGTH - keep.length);
    result = (stem.join('').replace(/[. ]+$/, '') + keep.join('')).replace(/[. ]+$/, '');
  }
  if (result === '' || isWindowsReservedName(result)) return null;
  return result;
}

// Attachments that `shell.openPath` may hand to their default program; anything else is only
// shown in its folder (`showItemInFolder`), so a stored `.exe`/`.lnk`/`.hta` never runs.
export const OPENABLE_ATTACHMENT_EXTENSIONS: ReadonlySet<string> = new Set([
  '.pdf', '.doc', '.docx', '.xls', '.xlsx', '.ppt', '.pptx', '.txt', '.csv',
  '.jpg', '.jpeg', '.png', '.gif', '.webp', '.ofd',
]);

export function isOpenableAttachment(fileName: string): boolean {
  return OPENABLE_ATTACHMENT_EXTENSIONS.has(path.extname(fileName).toLowerCase());
}
