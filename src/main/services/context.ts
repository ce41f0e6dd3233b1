import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema';
import { todayIso } from '@shared/format/dates';

/** Either the database or an open transaction: repositories accept both. */
export type Executor = Kysely<DB> | Transaction<DB>;

/** What every service gets: the database, a clock and settings it may need. */
export interface ServiceContext {
  db: Kysely<DB>;
  sqlite: BetterSqlite3.Database;
  now: () => Date;
}

export const nowIso = (ctx: Pick<ServiceContext, 'now'>): string => ctx.now().toISOString();
export const todayOf = (ctx: Pick<ServiceContext, 'now'>): string => todayIso(ctx.now());
