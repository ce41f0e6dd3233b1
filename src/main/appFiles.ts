import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { APP_CSP, resolveAppProtocolPath } from './security';

// Serving the built renderer, without electron: the app:// protocol handler (shell/protocol.ts)
// and the e2e harness both answer requests with this, so the tests see the production policy.

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
};


export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export interface ServedFile {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string | null;
}

const plain = (status: number, text: string): ServedFile => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
  body: text,
});

/** A symlink inside the root must not lead outside it either. */
async function realFileInside(rootDir: string, candidate: string): Promise<string | null> {
  try {
    const [realRoot, realFile] = await Promise.all([realpath(rootDir), realpath(candidate)]);
    if (!realFile.startsWith(realRoot + path.sep)) return null;
    return (await stat(realFile)).isFile() ? realFile : null;
  } catch {
    return null;
  }
}

/** Answers an app:// URL from files under `rootDir` only; HTML gets the CSP header (frame-ancestors works only there). */
export async function serveAppFile(rootDir: string, url: string, method: string): Promise<ServedFile> {
  if (method !== 'GET' && method !== 'HEAD') return plain(405, 'Method Not Allowed');
  const candidate = resolveAppProtocolPath(url, rootDir);
  const file = candidate ? await realFileInside(rootDir, candidate) : null;
  if (!file) return plain(404, 'Not Found');
  const contentType = contentTypeFor(file);
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  };
  if (contentType.startsWith('text/html')) headers['content-security-policy'] = APP_CSP;
  return { status: 200, headers, body: method === 'HEAD' ? null : await readFile(file) };
}
