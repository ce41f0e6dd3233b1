// The loopback wire shared by both halves of the electron stand-in. It is bundled into the
// page (with the preload), so it must stay browser-safe: no Node imports, no app imports.

export const INVOKE_PATH = '/__ipc/invoke';
export const EVENTS_PATH = '/__ipc/events';
/** Test-only: lets a Playwright test make "main" send an event to the page. */
export const EMIT_PATH = '/__ipc/emit';
export const TOKEN_HEADER = 'x-harness-token';
export const TOKEN_QUERY = 'token';
/** Where the fixture puts the per-run token before the preload runs. */
export const TOKEN_GLOBAL = '__HARNESS__';

/**
 * Electron sends arguments with structured clone, which keeps a top-level `undefined`;
 * JSON would turn it into `null` inside an array, and zod treats the two differently.
 */
export type WireArg = { undefined: true } | { value: unknown };

export interface InvokeRequest {
  channel: string;
  args: WireArg[];
}

/** Mirrors `ipcRenderer.invoke`: it resolves with the handler's value or rejects with its message. */
export type InvokeResponse = { outcome: 'resolved'; value?: unknown } | { outcome: 'rejected'; message: string };

/** One server-sent event: what `webContents.send(event, ...args)` would deliver. */
export interface EventMessage {
  event: string;
  args: unknown[];
}

export function encodeArgs(args: readonly unknown[]): WireArg[] {
  return args.map((arg) => (arg === undefined ? { undefined: true } : { value: arg }));
}

export function decodeArgs(wire: unknown): unknown[] | null {
  if (!Array.isArray(wire)) return null;
  const args: unknown[] = [];
  for (const item of wire as unknown[]) {
    if (typeof item !== 'object' || item === null) return null;
    if ('value' in item) args.push((item as { value: unknown }).value);
    else if ('undefined' in item) args.push(undefined);
    else return null;
  }
  return args;
}

export function isEventMessage(value: unknown): value is EventMessage {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<EventMessage>;
  return typeof candidate.event === 'string' && Array.isArray(candidate.args);
}
