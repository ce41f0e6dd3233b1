import { sql } from 'kysely';
import type { DuplicateMatch } from '@shared/domain/search';
import type { Executor } from '../services/context';

interface Candidate {
  id: string;
  full_name: string;
  uscc: string | null;
  deleted_at: string | null;
}

const toMatch = (row: Candidate, reason: DuplicateMatch['reason']): DuplicateMatch => ({
  id: row.id,
  fullName: row.full_name,
  uscc: row.uscc,
  reason,
  inTrash: row.deleted_at !== null,
});

/** Any row with this USCC, trashed included: the unique index covers trashed rows too. */
export async function partnersWithUscc(db: Executor, uscc: string, excludeId: string | null): Promise<DuplicateMatch[]> {
  const rows = await sql<Candidate>`select id, full_name, uscc, deleted_at from organisation
    where uscc = ${uscc} and id is not ${excludeId}`.execute(db);
  return rows.rows.map((r) => toMatch(r, 'uscc'));
}

/** Live partners whose name_key (migration 0006, indexed) equals the key. */
export async function livePartnersWithNameKey(
  db: Executor,
  nameKey: string,
  excludeId: string | null,
  limit: number,
): Promise<DuplicateMatch[]> {
  const rows = await sql<Candidate>`select id, full_name, uscc, deleted_at from organisation
    where name_key = ${nameKey} and deleted_at is null and id is not ${excludeId}
    order by full_name, id limit ${limit}`.execute(db);
  return rows.rows.map((r) => toMatch(r, 'name'));
}
