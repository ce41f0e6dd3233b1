import type { IncomingMessage, ServerResponse } from 'node:http';
import { serveAppFile } from '../../src/main/appFiles';
import { APP_ORIGIN } from '../../src/main/security';

// Serves the built renderer (out/renderer) exactly as the app:// protocol handler does in
// production (same path policy, no symlink escapes, the production CSP header on HTML),
// so the e2e tests see the real security posture.

export function createStaticFileHandler(rootDir: string): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    // Re-express the request as the app:// URL production would see.
    const served = await serveAppFile(rootDir, `${APP_ORIGIN}${req.url ?? '/'}`, req.method ?? 'GET');
    res.writeHead(served.status, served.headers);
    res.end(served.body);
  };
}
