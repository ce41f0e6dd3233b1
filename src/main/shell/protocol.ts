import { protocol } from 'electron';
import { serveAppFile } from '../appFiles';
import { APP_SCHEME } from '../security';

// The renderer is served from app://main (never file://), so it has a real origin for the
// IPC sender check and the CSP, and nothing outside out/renderer can be read through it.

/** Must run before `app` is ready: Electron only accepts privileged schemes at startup. */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Only what the handler reads from Electron's request; keeps it testable with plain objects. */
export interface AppProtocolRequest {
  url: string;
  method: string;
}

export function createAppProtocolHandler(rootDir: string): (request: AppProtocolRequest) => Promise<Response> {
  return async (request) => {
    const served = await serveAppFile(rootDir, request.url, request.method);
    return new Response(served.body, { status: served.status, headers: served.headers });
  };
}

/** Call once the app is ready. */
export function handleAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rootDir));
}
