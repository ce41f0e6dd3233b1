import { describe, expect, it } from 'vitest';
import { makeInvoker, isTrustedSender } from '../../src/main/ipc/registerHandlers';
import type { Handlers } from '../../src/main/ipc/types';
import { DomainError } from '../../src/main/errors';
import { createIpcFixture, trustedEvent } from './ipcFixture';

const OLD = '00000000-0000-7000-8000-000000000000';

describe('the result envelope', () => {
  it('maps a DomainError to its stable code, with issues and details', async () => {
    const f = await createIpcFixture();
    try {
      const missing = await f.invoke('partners:get', { id: OLD });
      expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      const trashed = await f.invoke('partners:get', { id: f.ids.trashedPartnerId });
      expect(trashed).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      const badCheck = await f.invoke('partners:create', { kind: 'enterprise', fullName: '某公司', uscc: '914403001922038217' });
      expect(badCheck).toMatchObject({
        ok: false,
        error: { code: 'USCC_CHECK_FAILED', issues: [{ path: ['uscc'], message: 'uscc.check' }], details: { expectedCheckChar: '6' } },
      });
      const duplicate = await f.invoke('partners:create', { kind: 'enterprise', fullName: '华为', uscc: '914403001922038216' });
      expect(duplicate).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { field: 'uscc', existingId: f.ids.partnerId } } });
    } finally {
      f.core.close();
    }
  });

  it('turns an unexpected error into INTERNAL without its message or stack, and logs it', async () => {
    const logged: unknown[] = [];
    const handlers = {
      'app:info': async () => {
        throw new Error('SELECT secret FROM x at /home/user/app.js:12');
      },
      'settings:get': async () => {
        throw new DomainError('DB_BUSY', 'in use');
      },
    } as unknown as Handlers;
    const invoke = makeInvoker(handlers, { trustedOrigin: 'app://main', log: (_m, e) => logged.push(e) });
    const internal = await invoke('app:info', trustedEvent, {});
    expect(internal).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'internal error' } });
    expect(JSON.stringify(internal)).not.toContain('secret');
    expect(logged).toHaveLength(1);
    expect(await invoke('settings:get', trustedEvent, {})).toEqual({ ok: false, error: { code: 'DB_BUSY', message: 'in use' } });
  });

  it('maps SQLite disk, I/O and lock failures onto DISK_FULL, IO_ERROR and DB_BUSY', async () => {
    const sqliteError = (code: string) => Object.assign(new Error(code), { code });
    const handlers = {
      'app:info': async () => {
        throw sqliteError('SQLITE_FULL');
      },
      'settings:get': async () => {
        throw sqliteError('SQLITE_IOERR_WRITE');
      },
      'trash:list': async () => {
        throw sqliteError('SQLITE_BUSY');
      },
    } as unknown as Handlers;
    const invoke = makeInvoker(handlers, { trustedOrigin: 'app://main' });
    expect(await invoke('app:info', trustedEvent, {})).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    expect(await invoke('settings:get', trustedEvent, {})).toMatchObject({ ok: false, error: { code: 'IO_ERROR' } });
    expect(await invoke('trash:list', trustedEvent, {})).toMatchObject({ ok: false, error: { code: 'DB_BUSY' } });
  });

  it('rejects an output that breaks the contract when outputs are checked', async () => {
    const handlers = { 'app:info': async () => ({ version: 1 }) } as unknown as Handlers;
    const invoke = makeInvoker(handlers, { trustedOrigin: 'app://main', checkOutputs: true, log: () => undefined });
    expect(await invoke('app:info', trustedEvent, {})).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'internal error' } });
  });
});

describe('isTrustedSender', () => {
  const trusted = (url: string | undefined, origin = 'app://main') =>
    isTrustedSender({ senderFrame: url === undefined ? null : { url } }, origin);
  it.each([
    ['app://main/index.html', true],
    ['app://main/index.html#/partners/1', true],
    ['app://main.evil/index.html', false],
    ['app://evil/index.html', false],
    ['app://user@main/index.html', false],
    ['file:///C:/app/index.html', false],
    ['https://main/index.html', false],
    ['', false],
    ['not a url', false],
    [undefined, false],
  ])('%s → %s', (url, expected) => {
    expect(trusted(url)).toBe(expected);
  });
  it('compares host and port for http origins (the e2e harness)', () => {
    expect(trusted('http://127.0.0.1:4173/index.html', 'http://127.0.0.1:4173')).toBe(true);
    expect(trusted('http://127.0.0.1:4174/index.html', 'http://127.0.0.1:4173')).toBe(false);
    expect(trusted('http://localhost:4173/index.html', 'http://127.0.0.1:4173')).toBe(false);
  });
});
