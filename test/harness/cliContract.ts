// What run.ts prints and reads, shared with the Playwright fixture that spawns it. Kept
// apart from run.ts because importing run.ts would start a harness.

/** Followed by `{"url":…,"token":…}` on one stdout line once the harness serves requests. */
export const READY_PREFIX = 'HARNESS_READY ';
/** Followed by the error on stderr when startup fails (the process then exits 1). */
export const FAILED_PREFIX = 'HARNESS_FAILED ';
/** Fixes the token; the fixture keeps it across restarts because the page's init script holds it. */
export const TOKEN_ENV = 'PARTNERDESK_HARNESS_TOKEN';

export interface ReadyLine {
  url: string;
  token: string;
}
