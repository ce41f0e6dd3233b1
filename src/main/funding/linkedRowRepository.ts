import type { PROGRAMME_TYPES } from '@shared/domain/enums';
import type { Executor } from '../services/context';

// Existence lookups for the rows courses, funding transactions and contributions point
// at. Only ids are read: the callers need "is it there", not the record.

/** Tables that a course, transaction or contribution may reference by id. */
export type LinkedTable = 'organisation' | 'agreement' | 'funding_source' | 'major' | 'staff';

/** True when the row exists; with `live`, only when it is also not in the trash. */
export async function rowExists(
  db: Executor,
  table: LinkedTable,
  id: string,
  options: { live: boolean },
): Promise<boolean> {
  let query = db.selectFrom(table).select('id').where('id', '=', id);
  if (options.live) query = query.where('deleted_at', 'is', null);
  return (await query.executeTakeFirst()) !== undefined;
}

/** programme_type codes are the programme table names, so the type picks the table. */
export async function programmeExists(
  db: Executor,
  type: (typeof PROGRAMME_TYPES)[number],
  id: string,
): Promise<boolean> {
  const row = await db.selectFrom(type).select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}
