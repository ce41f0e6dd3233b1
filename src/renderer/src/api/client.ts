import type { Channel } from '@shared/ipc/channels';
import type { ChannelIn, ChannelOut } from '@shared/ipc/contract';
import type { PreloadApi } from '@shared/ipc/preloadApi';
import { APP_ERROR_CODES, type AppErrorCode, type ValidationIssue } from '@shared/ipc/result';

// The renderer's only door to the core. Kept free of DOM types so unit tests can run
// it in Node against a fake bridge.

/** A failed call: the core's stable code plus field issues and machine-readable details. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly issues: readonly ValidationIssue[];
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    code: AppErrorCode,
    message: string,
    extra: { issues?: readonly ValidationIssue[]; details?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = extra.issues ?? [];
    this.details = extra.details ?? {};
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const isErrorCode = (v: unknown): v is AppErrorCode =>
  typeof v === 'string' && (APP_ERROR_CODES as readonly string[]).includes(v);

function toIssues(raw: unknown): ValidationIssue[] {
  if (!Array.isArray(raw)) return [];
  const issues: ValidationIssue[] = [];
  for (const item of raw) {
    if (!isRecord(item) || typeof item['message'] !== 'string' || !Array.isArray(item['path'])) continue;
    const path = (item['path'] as unknown[]).filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
    issues.push({ path, message: item['message'], ...(typeof item['code'] === 'string' ? { code: item['code'] } : {}) });
  }
  return issues;
}

/**
 * Unwraps a Result envelope. Anything that is not a well-formed envelope becomes
 * INTERNAL: the bridge is a trust boundary in both directions.
 */
export function unwrapResult(result: unknown): unknown {
  if (!isRecord(result) || typeof result['ok'] !== 'boolean') {
    throw new AppError('INTERNAL', 'malformed IPC result');
  }
  if (result['ok'] === true) return result['value'];
  const error = result['error'];
  if (!isRecord(error)) throw new AppError('INTERNAL', 'malformed IPC error');
  const code = isErrorCode(error['code']) ? error['code'] : 'INTERNAL';
  const message = typeof error['message'] === 'string' ? error['message'] : code;
  const details = error['details'];
  throw new AppError(code, message, { issues: toIssues(error['issues']), ...(isRecord(details) ? { details } : {}) });
}

/** Any thrown value as an AppError (bridge rejections and programming errors become INTERNAL). */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError('INTERNAL', error instanceof Error ? error.message : String(error));
}

export type CallFn = <C extends Channel>(channel: C, input: ChannelIn<C>) => Promise<ChannelOut<C>>;

/** A typed `call` over whatever bridge `getBridge` returns (window.partnerdesk in the app). */
export function createClient(getBridge: () => PreloadApi | undefined): CallFn {
  return async function call<C extends Channel>(channel: C, input: ChannelIn<C>): Promise<ChannelOut<C>> {
    const bridge = getBridge();
    if (!bridge) throw new AppError('INTERNAL', 'window.partnerdesk is missing (preload not loaded)');
    let result: unknown;
    try {
      result = await bridge.invoke(channel, input);
    } catch (error) {
      // The preload rejects unknown channels; a transport failure lands here too.
      throw toAppError(error);
    }
    // The core validated the output against the contract before sending it.
    return unwrapResult(result) as ChannelOut<C>;
  };
}

const bridgeFromGlobal = (): PreloadApi | undefined => (globalThis as { partnerdesk?: PreloadApi }).partnerdesk;

/** Calls one IPC channel and returns its value, or throws AppError. */
export const call: CallFn = createClient(bridgeFromGlobal);
