import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS, type Channel } from '@shared/ipc/channels';
import { contract } from '@shared/ipc/contract';
import type { Result } from '@shared/ipc/result';
import { createHandlers } from '../../src/main/ipc/handlers';
import { createIpcFixture, fakeIpcMain, type IpcFixture } from './ipcFixture';
import { nearMisses, validInputs } from './channelInputs';
import { registerHandlers } from '../../src/main/ipc/registerHandlers';

/** Every row of every table, so "changes nothing" is checked, not assumed. */
function snapshot(f: IpcFixture): string {
  const { sqlite } = f.core.database;
  const tables = sqlite.prepare("select name from sqlite_schema where type = 'table' and name not like 'sqlite_%' and sql not like '%WITHOUT ROWID%' order by name").pluck().all() as string[];
  return JSON.stringify(tables.map((t) => [t, sqlite.prepare(`select * from ${t} order by rowid`).all()]));
}

describe('the IPC contract', () => {
  it('lists exactly the channels of the contract, each once', () => {
    expect(new Set(CHANNELS).size).toBe(CHANNELS.length);
    expect([...CHANNELS].sort()).toEqual(Object.keys(contract).sort());
  });

  it('registers one handler per channel, and unregisters them all', async () => {
    const f = await createIpcFixture();
    const ipcMain = fakeIpcMain();
    const unregister = registerHandlers(ipcMain, createHandlers(f.core), { trustedOrigin: 'app://main' });
    expect([...ipcMain.listeners.keys()].sort()).toEqual([...CHANNELS].sort());
    unregister();
    expect(ipcMain.listeners.size).toBe(0);
    f.core.close();
  });
});

describe.each(CHANNELS.map((c) => [c] as [Channel]))('%s', (channel) => {
  let f: IpcFixture;
  beforeEach(async () => {
    // Sample data loads only into an empty database.
    f = await createIpcFixture({ empty: channel === 'sample:seed' });
  });
  afterEach(() => f.core.close());

  it('answers a valid call with ok and a value that satisfies the output schema', async () => {
    const result = (await f.invoke(channel, validInputs[channel](f.ids))) as Result<unknown>;
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
    expect(contract[channel].output.safeParse(result.value).success).toBe(true);
  });

  it('rejects invalid input with VALIDATION and changes nothing', async () => {
    const before = snapshot(f);
    for (const bad of [nearMisses[channel](f.ids), 42, 'text', [], null]) {
      const result = (await f.invoke(channel, bad)) as Result<unknown>;
      expect(result, JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      if (!result.ok) expect(result.error.issues?.length).toBeGreaterThan(0);
    }
    expect(snapshot(f)).toBe(before);
  });

  it('refuses a call from an untrusted sender with FORBIDDEN and changes nothing', async () => {
    const before = snapshot(f);
    for (const senderFrame of [{ url: 'https://evil.example/index.html' }, { url: 'app://evil/index.html' }, null, { url: '' }]) {
      const result = (await f.invoke(channel, validInputs[channel](f.ids), { senderFrame })) as Result<unknown>;
      expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'untrusted sender' } });
    }
    expect(snapshot(f)).toBe(before);
  });
});
