import { describe, expect, it } from 'vitest';
import type { PreloadApi } from '@shared/ipc/preloadApi';
import type { Result } from '@shared/ipc/result';
import { AppError, createClient, toAppError, unwrapResult } from '../../../src/renderer/src/api/client';

// call() against a fake window.partnerdesk: the envelope is unwrapped, failures become
// AppError with the core's code, issues and details, and anything malformed is INTERNAL.

// The answer is `unknown`: a real bridge is a trust boundary and may hand back anything.
function fakeBridge(answer: (channel: string, input: unknown) => Promise<unknown>): PreloadApi & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  return {
    calls,
    invoke(channel, input) {
      calls.push([channel, input]);
      return answer(channel, input) as Promise<Result<unknown>>;
    },
    on: () => () => undefined,
  };
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('createClient(...).call', () => {
  it('passes channel and input through and returns the value of an ok envelope', async () => {
    const bridge = fakeBridge(async () => ({ ok: true, value: { items: [], total: 0 } }));
    const call = createClient(() => bridge);
    await expect(call('partners:list', { page: 2, q: '华为' })).resolves.toEqual({ items: [], total: 0 });
    expect(bridge.calls).toEqual([['partners:list', { page: 2, q: '华为' }]]);
  });

  it('throws AppError with code, issues and details of a failed envelope', async () => {
    const bridge = fakeBridge(async () => ({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'another partner already has this USCC',
        issues: [{ path: ['uscc'], message: 'uscc.duplicate' }],
        details: { field: 'uscc', existingId: 'p1', existingName: '华为技术有限公司', inTrash: false },
      },
    }));
    const error = await rejection(createClient(() => bridge)('partners:create', { kind: 'enterprise', fullName: 'x' }));
    expect(error.code).toBe('CONFLICT');
    expect(error.issues).toEqual([{ path: ['uscc'], message: 'uscc.duplicate' }]);
    expect(error.details).toEqual({ field: 'uscc', existingId: 'p1', existingName: '华为技术有限公司', inTrash: false });
  });

  it('maps an unknown error code to INTERNAL and drops malformed issues', async () => {
    const bridge = fakeBridge(async () => ({
      ok: false,
      error: { code: 'WEIRD', message: 'x', issues: [{ path: 'uscc', message: 1 }, { path: ['a', 0], message: 'required' }] },
    }));
    const error = await rejection(createClient(() => bridge)('settings:get', {}));
    expect(error.code).toBe('INTERNAL');
    expect(error.issues).toEqual([{ path: ['a', 0], message: 'required' }]);
    expect(error.details).toEqual({});
  });

  it('treats a bridge rejection (unknown channel, transport failure) as INTERNAL', async () => {
    const bridge = fakeBridge(() => Promise.reject(new Error('Unknown IPC channel: nope')));
    const error = await rejection(createClient(() => bridge)('app:info', {}));
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toBe('Unknown IPC channel: nope');
  });

  it('fails with INTERNAL when the preload did not expose the bridge', async () => {
    const error = await rejection(createClient(() => undefined)('app:info', {}));
    expect(error.code).toBe('INTERNAL');
  });
});

describe('unwrapResult', () => {
  it.each([null, 'ok', { value: 1 }, { ok: 'yes' }, { ok: false }, { ok: false, error: 'boom' }])('rejects malformed %j as INTERNAL', (raw) => {
    expect(() => unwrapResult(raw)).toThrow(AppError);
    try {
      unwrapResult(raw);
    } catch (e) {
      expect((e as AppError).code).toBe('INTERNAL');
    }
  });

  it('returns undefined values unchanged', () => {
    expect(unwrapResult({ ok: true, value: undefined })).toBeUndefined();
  });
});

describe('toAppError', () => {
  it('keeps AppErrors and wraps anything else as INTERNAL', () => {
    const original = new AppError('NOT_FOUND', 'gone');
    expect(toAppError(original)).toBe(original);
    expect(toAppError(new TypeError('x is undefined')).code).toBe('INTERNAL');
    expect(toAppError('text').message).toBe('text');
  });
});
