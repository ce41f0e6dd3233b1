import { CHANNELS, type Channel } from '@shared/ipc/channels';
import { contract } from '@shared/ipc/contract';
import { fail, ok, type Result, type ValidationIssue } from '@shared/ipc/result';
import { toDomainError } from '../errors';
import type { Handlers, IpcEventLike, IpcMainLike } from './types';

export interface RegisterOptions {
  /** Origin the renderer is served from: `app://main` in production, the harness origin in tests. */
  trustedOrigin: string;
  /** Parse outputs too, so a service that drifts from the contract fails loudly during development. */
  checkOutputs?: boolean;
  log?: (message: string, error: unknown) => void;
}

export function isTrustedSender(event: IpcEventLike, trustedOrigin: string): boolean {
  const url = event.senderFrame?.url;
  if (typeof url !== 'string' || url === '') return false;
  try {
    const parsed = new URL(url);
    // `new URL('app://main/x').origin` is 'null' for non-special schemes, so compare parts.
    const expected = new URL(trustedOrigin);
    return (
      parsed.protocol === expected.protocol &&
      parsed.host === expected.host &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}

function zodIssues(issues: readonly { path: PropertyKey[]; message: string; code?: string }[]): ValidationIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
    message: issue.message,
    ...(issue.code ? { code: issue.code } : {}),
  }));
}

/** Wraps one channel: sender check, input validation, service call, envelope. */
export function makeInvoker(handlers: Handlers, options: RegisterOptions) {
  return async function invoke(channel: Channel, event: IpcEventLike, input: unknown): Promise<Result<unknown>> {
    if (!isTrustedSender(event, options.trustedOrigin)) {
      return fail({ code: 'FORBIDDEN', message: 'untrusted sender' });
    }
    const spec = contract[channel];
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) {
      return fail({ code: 'VALIDATION', message: 'invalid input', issues: zodIssues(parsed.error.issues) });
    }
    try {
      const handler = handlers[channel] as (input: unknown, ctx: { channel: Channel }) => Promise<unknown>;
      const value = await handler(parsed.data, { channel });
      if (options.checkOutputs) {
        const out = spec.output.safeParse(value);
        if (!out.success) {
          options.log?.(`output of ${channel} breaks the contract`, out.error);
          return fail({ code: 'INTERNAL', message: 'internal error' });
        }
      }
      return ok(value);
    } catch (error) {
      const domain = toDomainError(error);
      if (domain.code === 'INTERNAL') {
        options.log?.(`handler ${channel} failed`, error);
        return fail({ code: 'INTERNAL', message: 'internal error' });
      }
      return fail({
        code: domain.code,
        message: domain.message,
        ...(domain.issues ? { issues: domain.issues } : {}),
        ...(domain.details ? { details: domain.details } : {}),
      });
    }
  };
}

/** Registers every contract channel on an ipcMain-like object; returns an unregister function. */
export function registerHandlers(ipcMain: IpcMainLike, handlers: Handlers, options: RegisterOptions): () => void {
  const invoke = makeInvoker(handlers, options);
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input) => invoke(channel, event, input));
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}
