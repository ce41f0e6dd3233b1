import { sql } from 'kysely';
import type { Executor } from '../services/context';

// Read-only lookup of the major a spreadsheet names (placement statistics, agreements, courses):
// majors are unique per code and level, and names are not unique at all, so a code or
// name that fits several live majors is reported as ambiguous rather than guessed.

export type MajorRef = { kind: 'found'; id: string } | { kind: 'missing' } | { kind: 'ambiguous' };

async function liveMajorIds(db: Executor, column: 'code' | 'name', value: string): Promise<string[]> {
  const r =
    column === 'code'
      ? // A 专业方向 usually shares its 专业's code (migration 0017): a code names the 专业.
        await sql<{ id: string }>`select id from major where code = ${value} and parent_major_id is null and deleted_at is null limit 2`.execute(db)
      : await sql<{ id: string }>`select id from major where name = ${value} and deleted_at is null limit 2`.execute(db);
  return r.rows.map((row) => row.id);
}

/** A live major by code, else by name; a name cell holding a code (专业 = 460305) is tried as a code too. */
export async function findMajorRef(db: Executor, code: string | null, name: string | null): Promise<MajorRef> {
  const tries: ['code' | 'name', string][] = [];
  if (code) tries.push(['code', code]);
  if (name) tries.push(['name', name], ['code', name]);
  // Rosters often write "工业机器人技术专业"; the register holds the name without 专业.
  if (name && name.length > 2 && name.endsWith('专业')) tries.push(['name', name.slice(0, -2)]);
  for (const [column, value] of tries) {
    const ids = await liveMajorIds(db, column, value);
    if (ids.length > 1) return { kind: 'ambiguous' };
    if (ids[0]) return { kind: 'found', id: ids[0] };
  }
  return { kind: 'missing' };
}
