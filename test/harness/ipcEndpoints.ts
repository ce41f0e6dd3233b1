import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { IpcMainStandIn } from './electronStandIn/main';
import {
  EMIT_PATH,
  EVENTS_PATH,
  INVOKE_PATH,
  TOKEN_HEADER,
  TOKEN_QUERY,
  decodeArgs,
  type EventMessage,
  type InvokeResponse,
} from './electronStandIn/wire';

// The `/__ipc/*` endpoints: the loopback between the page's stand-in ipcRenderer and the
// stand-in ipcMain. The token keeps other local pages and processes out; it is NOT the
// security check under test. That is the real registerHandlers sender check, which gets
// the request's Origin header as the sender frame URL, so a foreign origin gets FORBIDDEN.

const MAX_BODY_BYTES = 16 * 1024 * 1024;

export interface IpcEndpoints {
  /** Returns false when the path is not an IPC endpoint, so static files can answer it. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  /** Ends open event streams; a server cannot close while they are open. */
  closeStreams(): void;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sameSecret(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
}

/** JSON cannot carry everything structured clone can; fail the call loudly instead of corrupting it. */
function serialiseResponse(channel: string, response: InvokeResponse): string {
  try {
    return JSON.stringify(response);
  } catch (error) {
    const message = `Error invoking remote method '${channel}': harness cannot serialise the result (${String(error)})`;
    return JSON.stringify({ outcome: 'rejected', message } satisfies InvokeResponse);
  }
}

export function createIpcEndpoints(standIn: IpcMainStandIn, token: string): IpcEndpoints {
  const streams = new Set<ServerResponse>();

  async function invoke(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body: unknown;
    try {
      body = await readJsonBody(req);
    } catch (error) {
      sendJson(res, 400, { error: String(error) });
      return;
    }
    const request = body as { channel?: unknown; args?: unknown };
    const args = decodeArgs(request.args);
    if (typeof request.channel !== 'string' || args === null) {
      sendJson(res, 400, { error: 'expected { channel: string, args: WireArg[] }' });
      return;
    }
    const origin = req.headers.origin;
    const response = await standIn.dispatch(request.channel, typeof origin === 'string' ? origin : null, args);
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(serialiseResponse(request.channel, response));
  }

  function openEventStream(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    // A comment line flushes the headers, so EventSource reports "open" straight away.
    res.write(': connected\n\n');
    const unsubscribe = standIn.subscribe((message: EventMessage) => {
      res.write(`data: ${JSON.stringify(message)}\n\n`);
    });
    streams.add(res);
    req.on('close', () => {
      unsubscribe();
      streams.delete(res);
    });
  }

  async function emit(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = (await readJsonBody(req).catch(() => null)) as { event?: unknown; args?: unknown } | null;
    if (!body || typeof body.event !== 'string' || !Array.isArray(body.args)) {
      sendJson(res, 400, { error: 'expected { event: string, args: unknown[] }' });
      return;
    }
    // Reported so a test can retry until the page's EventSource is connected.
    const delivered = streams.size;
    standIn.webContents.send(body.event, ...(body.args as unknown[]));
    sendJson(res, 200, { delivered });
  }

  return {
    async handle(req, res) {
      const url = new URL(req.url ?? '/', 'http://loopback');
      if (![INVOKE_PATH, EVENTS_PATH, EMIT_PATH].includes(url.pathname)) return false;
      const given = url.pathname === EVENTS_PATH ? url.searchParams.get(TOKEN_QUERY) : req.headers[TOKEN_HEADER];
      if (!sameSecret(typeof given === 'string' ? given : null, token)) {
        sendJson(res, 403, { error: 'missing or wrong harness token' });
        return true;
      }
      const expectedMethod = url.pathname === EVENTS_PATH ? 'GET' : 'POST';
      if (req.method !== expectedMethod) {
        sendJson(res, 405, { error: `use ${expectedMethod}` });
        return true;
      }
      if (url.pathname === INVOKE_PATH) await invoke(req, res);
      else if (url.pathname === EMIT_PATH) await emit(req, res);
      else openEventStream(req, res);
      return true;
    },
    closeStreams() {
      for (const stream of streams) stream.end();
      streams.clear();
    },
  };
}
