import type { Session } from 'electron';
import { BLOCKED_REQUEST_URL_PATTERNS, permissionDecision } from '../security';

/**
 * The app needs no browser permission (camera, notifications, clipboard-read, HID…). Both
 * handlers are set: the request handler answers prompts, the check handler answers the
 * synchronous `permissions.query`-style checks that never prompt (reliability.md §7 row 5).
 */
export function denyAllPermissions(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(permissionDecision(permission, details.requestingUrl));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    permissionDecision(permission, requestingOrigin),
  );
  // WebHID / WebUSB / Web Serial device access has its own handler.
  ses.setDevicePermissionHandler((details) => permissionDecision(details.deviceType, details.origin));
}

/**
 * Production only: cancel any http(s)/ws(s)/ftp/file request, so even a CSP mistake cannot
 * reach the network or local files. Not applied in development, where the renderer comes
 * from the Vite dev server over http://localhost.
 */
export function blockNonAppRequests(ses: Session): void {
  ses.webRequest.onBeforeRequest({ urls: [...BLOCKED_REQUEST_URL_PATTERNS] }, (_details, callback) => {
    callback({ cancel: true });
  });
}
