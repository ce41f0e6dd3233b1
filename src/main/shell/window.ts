import { app, BrowserWindow, shell, type BrowserWindowConstructorOptions, type WebContents } from 'electron';
import { isAllowedNavigation, isSafeExternalUrl, SECURE_WEB_PREFERENCES } from '../security';

// Not pinned by SECURE_WEB_PREFERENCES (they have no single safe value) but each widens what
// the renderer can do, so a caller's value is dropped rather than passed through.
const UNPINNED_RISKY_WEB_PREFERENCES = ['enableBlinkFeatures', 'additionalArguments', 'plugins', 'preload'] as const;

// The ONE place that constructs a BrowserWindow (test/unit/shell/webPreferencesAudit.test.ts
// enforces it). Callers choose size and title; they cannot choose security.

export interface SecureWindowConfig {
  /** Absolute path of the bundled preload (out/preload/index.js); omitted for windows with no bridge (PDF printing). */
  preload?: string;
  /** Origin the window may navigate within: `app://main`, or the dev server in development. */
  allowedOrigin: string;
  /** Size, title, icon…; any webPreferences given here are overridden by the secure ones. */
  options?: BrowserWindowConstructorOptions;
  /** Errors from shell.openExternal end up here instead of an unhandled rejection. */
  log?: (message: string, error: unknown) => void;
}

/**
 * Guards that apply to any webContents, including ones not made by the factory:
 * no popups (safe https/mailto links go to the system browser), no <webview>.
 */
export function denyPopupsAndWebviews(contents: WebContents, log?: SecureWindowConfig['log']): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      shell.openExternal(url).catch((error: unknown) => log?.('openExternal failed', error));
    }
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

/** Blocks every navigation (top frame, subframes, redirects) that leaves `allowedOrigin`. */
export function confineNavigation(contents: WebContents, allowedOrigin: string): void {
  const guard = (event: { url: string; preventDefault(): void }): void => {
    if (!isAllowedNavigation(event.url, allowedOrigin)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);
}

type WebPreferences = NonNullable<BrowserWindowConstructorOptions['webPreferences']>;

/** Caller preferences minus the ones SECURE_WEB_PREFERENCES does not pin but that widen the renderer. */
function withoutRiskyPreferences(prefs: WebPreferences | undefined): WebPreferences {
  const copy: WebPreferences = { ...prefs };
  for (const key of UNPINNED_RISKY_WEB_PREFERENCES) delete copy[key];
  return copy;
}

export function createSecureWindow(config: SecureWindowConfig): BrowserWindow {
  const callerOptions = config.options ?? {};
  const browserWindow = new BrowserWindow({
    show: false,
    ...callerOptions,
    webPreferences: {
      ...withoutRiskyPreferences(callerOptions.webPreferences),
      ...SECURE_WEB_PREFERENCES,
      ...(config.preload === undefined ? {} : { preload: config.preload }),
      // DevTools exist only in development; a packaged build cannot open them at all.
      devTools: !app.isPackaged,
    },
  });
  confineNavigation(browserWindow.webContents, config.allowedOrigin);
  denyPopupsAndWebviews(browserWindow.webContents, config.log);
  return browserWindow;
}
