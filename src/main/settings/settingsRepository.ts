import type { Executor } from '../services/context';

// One row per Settings field; the value is that field's JSON. Parsing and defaults are
// the service's job: the repository only moves text.

export async function readAllSettings(db: Executor): Promise<Map<string, string>> {
  const rows = await db.selectFrom('app_setting').select(['key', 'value']).execute();
  return new Map(rows.map((row) => [row.key, row.value]));
}

export async function upsertSetting(db: Executor, key: string, valueJson: string, nowIso: string): Promise<void> {
  await db
    .insertInto('app_setting')
    .values({ key, value: valueJson, updated_at: nowIso })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: valueJson, updated_at: nowIso }))
    .execute();
}
