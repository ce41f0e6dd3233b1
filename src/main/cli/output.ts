import { toDomainError } from '../errors';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** With --json every command prints exactly one JSON object; otherwise short readable lines. */
export function printResult(io: CliIo, json: boolean, value: Record<string, unknown>, text: string[]): void {
  if (json) io.out(JSON.stringify({ ok: true, ...value }));
  else for (const line of text) io.out(line);
}

/** One line, no stack: the code is stable for scripts, the message is for people. */
export function printFailure(io: CliIo, json: boolean, error: unknown): void {
  const domain = toDomainError(error);
  const message = domain.code === 'INTERNAL' ? domain.message.split('\n')[0] ?? 'internal error' : domain.message;
  if (json) io.out(JSON.stringify({ ok: false, error: { code: domain.code, message } }));
  else io.err(`error: ${domain.code}: ${message}`);
}
