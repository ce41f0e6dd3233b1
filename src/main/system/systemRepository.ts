import type { Executor } from '../services/context';

/** Partners ever created, trashed ones included: seeding refuses any database that has some. */
export async function countAllPartners(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('organisation')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
