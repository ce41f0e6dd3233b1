import type { Major, OrgUnit, Staff } from '@shared/domain/reference';
import { Id } from '@shared/domain/common';
import { restoreRow, softDelete } from '../db/queryHelpers';
import { DomainError, notFound } from '../errors';
import { listRowReferences } from '../history/rowReferencesRepository';
import { type Executor, nowIso, type ServiceContext } from '../services/context';
import { parseInput } from '../services/validate';
import { findLiveMajorByCode, findMajor } from './majorRepository';
import { findOrgUnit } from './orgUnitRepository';
import { findStaff } from './staffRepository';
import { isUniqueViolation } from './uniqueViolation';

type ReferenceTable = 'org_unit' | 'major' | 'staff';

/**
 * Trashing master data that live records still use would leave them pointing at a
 * record nobody can see or pick: refuse with CONFLICT and say which records, with counts
 * (e.g. { major: 3, staff: 1, agreement: 2 }). Trashed users do not block.
 */
async function assertUnused(db: Executor, table: ReferenceTable, id: string): Promise<void> {
  const references = (await listRowReferences(db, table, id)).filter((r) => r.live > 0);
  if (references.length === 0) return;
  const counts: Record<string, number> = {};
  for (const r of references) counts[r.table] = (counts[r.table] ?? 0) + r.live;
  throw new DomainError('CONFLICT', `${table} ${id} is still used by live records`, {
    details: { counts, references },
  });
}

export function createReferenceTrash(ctx: ServiceContext) {
  async function trash(table: ReferenceTable, entity: string, input: string): Promise<{ ok: true }> {
    const id = parseInput(Id, input);
    return ctx.db.transaction().execute(async (trx) => {
      await assertUnused(trx, table, id);
      if (!(await softDelete(trx, table, id, nowIso(ctx)))) throw notFound(entity, id);
      return { ok: true as const };
    });
  }

  async function restore<T extends { deletedAt: string | null }>(
    table: ReferenceTable,
    entity: string,
    input: string,
    find: (db: Executor, id: string) => Promise<T | undefined>,
    beforeRestore: (db: Executor, row: T) => Promise<void> = async () => undefined,
  ): Promise<T> {
    const id = parseInput(Id, input);
    return ctx.db.transaction().execute(async (trx) => {
      const row = await find(trx, id);
      if (!row || row.deletedAt === null) throw notFound(entity, id);
      await beforeRestore(trx, row);
      await restoreRow(trx, table, id, nowIso(ctx));
      const restored = await find(trx, id);
      if (!restored) throw notFound(entity, id);
      return restored;
    });
  }

  // A restored major must not collide with a live one holding the same (code, level).
  async function majorCodeFree(db: Executor, major: Major): Promise<void> {
    if (major.parentMajorId !== null) return; // a 专业方向 may share its 专业's code
    const existing = await findLiveMajorByCode(db, major.code, major.level);
    if (existing) {
      throw new DomainError('CONFLICT', 'a live major already has this code and level', {
        issues: [{ path: ['code'], message: 'major.duplicate' }],
        details: { field: 'code', existingId: existing.id },
      });
    }
  }

  return {
    orgUnits: {
      delete: (id: string) => trash('org_unit', 'orgUnit', id),
      restore: (id: string): Promise<OrgUnit> => restore('org_unit', 'orgUnit', id, findOrgUnit),
    },
    majors: {
      delete: (id: string) => trash('major', 'major', id),
      async restore(id: string): Promise<Major> {
        try {
          return await restore('major', 'major', id, findMajor, majorCodeFree);
        } catch (error) {
          if (isUniqueViolation(error, 'major.code')) {
            throw new DomainError('CONFLICT', 'a live major already has this code and level', { details: { field: 'code' } });
          }
          throw error;
        }
      },
    },
    staff: {
      delete: (id: string) => trash('staff', 'staff', id),
      restore: (id: string): Promise<Staff> => restore('staff', 'staff', id, findStaff),
    },
  };
}
