import type BetterSqlite3 from 'better-sqlite3';
import type { SampleClearResult, SampleStatus } from '@shared/domain/sampleData';
import { nowIso, type ServiceContext } from '../services/context';
import {
  allIds,
  deleteRemindersOf,
  foreignKeysOf,
  hasIdColumn,
  idTables,
  type ManifestRows,
  readManifest,
  referenceRows,
  rowById,
  tryDeleteRow,
  writeManifest,
} from './sampleManifestRepository';
import { dataTables } from '../backup/dataTables';
import { fingerprintRow, type PlanTable, protectReferenced } from './samplePlan';

// How PartnerDesk knows what the sample created: the seed runs through the services (one
// transaction per record, so the sample obeys every rule), and around it `recordingSample`
// notes every table's ids before and, right after, writes each new row's id and content
// fingerprint to the `sampleManifest` app_setting in one transaction. "Edited since"
// means the fingerprint no longer matches (updated_at / deleted_at aside); rows the
// officer added are simply not in the manifest. See samplePlan.ts for what may go.

// Polymorphic references without a foreign key that still mean "this row uses that one".
// Reminders are left out on purpose: they are about a record and go with it.
const POLYMORPHIC_REFERENCES: Record<string, readonly string[]> = {
  attachment: ['entity_id'],
  funding_txn: ['programme_id'],
};

function planTables(sqlite: BetterSqlite3.Database): PlanTable[] {
  const tables: PlanTable[] = [];
  for (const table of dataTables(sqlite)) {
    if (table === 'app_setting' || table === 'reminder') continue;
    const keys = foreignKeysOf(sqlite, table);
    const cascade = keys.filter((k) => k.cascade).map((k) => k.column);
    const restrict = [...keys.filter((k) => !k.cascade).map((k) => k.column), ...(POLYMORPHIC_REFERENCES[table] ?? [])];
    if (cascade.length + restrict.length === 0) continue;
    const hasId = hasIdColumn(sqlite, table);
    tables.push({ table, hasId, cascade, restrict, rows: referenceRows(sqlite, table, [...cascade, ...restrict], hasId) });
  }
  return tables;
}

interface ClearPlan {
  manifest: ManifestRows;
  tableOf: Map<string, string>;
  /** Ids of the sample rows a clear removes now. */
  deletable: Set<string>;
  /** Sample rows that stay: edited, or used by something that stays. */
  kept: number;
}

/** What a clear would do now; also drops manifest entries of rows purged meanwhile. */
function planClear(sqlite: BetterSqlite3.Database): ClearPlan {
  const manifest = readManifest(sqlite);
  const tableOf = new Map<string, string>();
  const deletable = new Set<string>();
  let edited = 0;
  for (const [table, ids] of Object.entries(manifest)) {
    const present: Record<string, string> = {};
    for (const [id, fingerprint] of Object.entries(ids)) {
      const row = rowById(sqlite, table, id);
      if (!row) continue;
      present[id] = fingerprint;
      tableOf.set(id, table);
      if (fingerprintRow(row) === fingerprint) deletable.add(id);
      else edited++;
    }
    manifest[table] = present;
  }
  const protectedCount = deletable.size > 0 ? protectReferenced(deletable, planTables(sqlite)) : 0;
  return { manifest, tableOf, deletable, kept: edited + protectedCount };
}

/** Runs `seed` and records every row it created in the manifest, also when it fails half-way. */
export async function recordingSample<T>(ctx: ServiceContext, seed: () => Promise<T>): Promise<T> {
  const { sqlite } = ctx;
  const before = new Map(idTables(sqlite).map((table) => [table, new Set(allIds(sqlite, table).map(String))]));
  try {
    return await seed();
  } finally {
    sqlite
      .transaction(() => {
        const manifest = readManifest(sqlite);
        for (const table of idTables(sqlite)) {
          const known = before.get(table) ?? new Set<string>();
          for (const id of allIds(sqlite, table)) {
            if (known.has(String(id))) continue;
            const row = rowById(sqlite, table, id);
            if (row) (manifest[table] ??= {})[String(id)] = fingerprintRow(row);
          }
        }
        writeManifest(sqlite, manifest, nowIso(ctx));
      })
      .immediate();
  }
}

export function createSampleDataService(ctx: ServiceContext, deps: { backupBeforeClear: () => Promise<string> }) {
  const { sqlite } = ctx;
  return {
    /** How many sample records a clear would remove now (the 清除示例数据 button shows while > 0). */
    async status(): Promise<SampleStatus> {
      return { records: planClear(sqlite).deletable.size };
    },

    /**
     * Removes the sample's unchanged, unused records and nothing else; settings stay as
     * they are. A verified backup comes first (restoring it is the undo). With nothing
     * to remove it does nothing, not even the backup, so a second run is harmless.
     */
    async clear(): Promise<SampleClearResult> {
      const first = planClear(sqlite);
      if (first.deletable.size === 0) return { removed: 0, kept: first.kept, backupFileName: null, removedByTable: {} };
      // Outside the transaction: the backup reads the whole file.
      const backupFileName = await deps.backupBeforeClear();
      return sqlite
        .transaction((): SampleClearResult => {
          // Planned again inside the transaction: nothing can change between plan and delete.
          const { manifest, tableOf, deletable, kept } = planClear(sqlite);
          // RESTRICT references between sample rows (renewals, a base's majors) make the order
          // matter; rather than sorting the schema, retry what was refused until nothing moves.
          const removedByTable: Record<string, number> = {};
          const removedIds = new Set<string>();
          let pending = [...deletable];
          for (let progress = true; pending.length > 0 && progress; ) {
            const refused: string[] = [];
            for (const id of pending) {
              const table = tableOf.get(id) ?? '';
              if (tryDeleteRow(sqlite, table, id)) {
                deleteRemindersOf(sqlite, id);
                removedByTable[table] = (removedByTable[table] ?? 0) + 1;
                removedIds.add(id);
              } else refused.push(id);
            }
            progress = refused.length < pending.length;
            pending = refused;
          }
          for (const [table, ids] of Object.entries(manifest)) {
            manifest[table] = Object.fromEntries(Object.entries(ids).filter(([id]) => !removedIds.has(id)));
          }
          writeManifest(sqlite, manifest, nowIso(ctx));
          const removed = Object.values(removedByTable).reduce((a, b) => a + b, 0);
          return { removed, kept: kept + pending.length, backupFileName, removedByTable };
        })
        .immediate();
    },
  };
}

export type SampleDataService = ReturnType<typeof createSampleDataService>;
