import fs from 'node:fs';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { createCore, type Core } from '../../../src/main/core';
import { dataTables, quoteIdent } from '../../../src/main/backup/dataTables';
import { DomainError } from '../../../src/main/errors';
import type BetterSqlite3 from 'better-sqlite3';

export async function startCore(dataDir: string, extra: { relaunch?: () => void } = {}): Promise<Core> {
  const core = await createCore({ dataDir, actor: 'tester', ...extra });
  onTestFinished(() => core.close());
  return core;
}

/** Every row of every data table (audit_log too when asked), for "equals" checks. */
export function dumpTables(sqlite: BetterSqlite3.Database, options: { includeHistory?: boolean } = {}): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const t of dataTables(sqlite, options)) out[t] = sqlite.prepare(`SELECT * FROM ${quoteIdent(t)} ORDER BY rowid`).all();
  return out;
}

/** Overwrites 64 random bytes at the start of the root page of `table` (page header + cell pointers). */
export function rootPageOf(sqlite: BetterSqlite3.Database, table: string): { rootpage: number; pageSize: number } {
  const rootpage = Number(sqlite.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').pluck().get(table));
  return { rootpage, pageSize: Number(sqlite.pragma('page_size', { simple: true })) };
}

export function corruptTablePage(dbFile: string, { rootpage, pageSize }: { rootpage: number; pageSize: number }): void {
  const fd = fs.openSync(dbFile, 'r+');
  try {
    const noise = Buffer.alloc(64);
    for (let i = 0; i < 64; i += 1) noise[i] = Math.floor(Math.random() * 256);
    noise[0] = 0x00; // never a valid b-tree page type, so the damage is certain, not likely
    fs.writeSync(fd, noise, 0, 64, (rootpage - 1) * pageSize);
  } finally {
    fs.closeSync(fd);
  }
}

export async function rejectionOf(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

export function listDir(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

export const backupsOf = (dataDir: string): string[] => listDir(path.join(dataDir, 'backups'));
