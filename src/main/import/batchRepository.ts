import { sql } from 'kysely';
import type { ImportEntity, SavedImportMapping, ValueMapping } from '@shared/domain/importing';
import type { Executor } from '../services/context';

// import_batch and import_mapping (migration 0009; values_json since 0013). Raw SQL through kysely: these tables
// are the import's own and not part of the shared kysely DB type.

export interface ImportBatchRow {
  id: string;
  entity: ImportEntity;
  fileName: string;
  fileSha256: string;
  mode: 'all-or-nothing' | 'valid-only';
  created: number;
  updated: number;
  skipped: number;
  errors: number;
  backupFile: string | null;
  createdAt: string;
}

export async function insertImportBatch(db: Executor, b: ImportBatchRow): Promise<void> {
  await sql`insert into import_batch (id, entity, file_name, file_sha256, mode, created_count, updated_count,
    skipped_count, error_count, backup_file, created_at)
    values (${b.id}, ${b.entity}, ${b.fileName}, ${b.fileSha256}, ${b.mode}, ${b.created}, ${b.updated},
    ${b.skipped}, ${b.errors}, ${b.backupFile}, ${b.createdAt})`.execute(db);
}

interface MappingRow {
  id: string;
  entity: ImportEntity;
  name: string;
  columns_json: string;
  values_json: string;
  updated_at: string;
}

const toMapping = (r: MappingRow): SavedImportMapping => ({
  id: r.id,
  entity: r.entity,
  name: r.name,
  columns: JSON.parse(r.columns_json) as Record<string, string | null>,
  values: JSON.parse(r.values_json) as ValueMapping,
  updatedAt: r.updated_at,
});

export async function listImportMappings(db: Executor, entity: ImportEntity | undefined): Promise<SavedImportMapping[]> {
  const r = await sql<MappingRow>`select id, entity, name, columns_json, values_json, updated_at from import_mapping
    where deleted_at is null and (${entity ?? null} is null or entity = ${entity ?? null}) order by entity, name`.execute(db);
  return r.rows.map(toMapping);
}

export async function findImportMapping(db: Executor, id: string): Promise<SavedImportMapping | null> {
  const r = await sql<MappingRow>`select id, entity, name, columns_json, values_json, updated_at from import_mapping
    where id = ${id} and deleted_at is null`.execute(db);
  return r.rows[0] ? toMapping(r.rows[0]) : null;
}

/** Saving under an existing name replaces that mapping's columns and values. */
export async function upsertImportMapping(
  db: Executor,
  m: { id: string; entity: ImportEntity; name: string; columns: Record<string, string | null>; values: ValueMapping; now: string },
): Promise<string> {
  const existing = await sql<{ id: string }>`select id from import_mapping where entity = ${m.entity} and name = ${m.name} and deleted_at is null`.execute(db);
  const json = JSON.stringify(m.columns);
  const values = JSON.stringify(m.values);
  const id = existing.rows[0]?.id;
  if (id) {
    await sql`update import_mapping set columns_json = ${json}, values_json = ${values}, updated_at = ${m.now} where id = ${id}`.execute(db);
    return id;
  }
  await sql`insert into import_mapping (id, entity, name, columns_json, values_json, created_at, updated_at)
    values (${m.id}, ${m.entity}, ${m.name}, ${json}, ${values}, ${m.now}, ${m.now})`.execute(db);
  return m.id;
}
