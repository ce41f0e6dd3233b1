import { Id } from '@shared/domain/common';
import {
  type PlacementStat,
  PlacementStatDraft,
  type PlacementStatFields,
  PlacementStatPatch,
  PlacementStatQuery,
} from '@shared/domain/placementStat';
import { DomainError, notFound } from '../errors';
import { parseMergedDraft } from '../funding/mergedDraft';
import { assertReferences, type ReferenceCheck } from '../funding/referenceGuard';
import { newId } from '../ids';
import { isUniqueViolation } from '../reference/uniqueViolation';
import { type Executor, nowIso, type ServiceContext } from '../services/context';
import { parseInput } from '../services/validate';
import {
  findLiveTwin,
  findPlacementStat,
  insertPlacementStat,
  listPlacementStats,
  setPlacementStatTrashed,
  updatePlacementStat,
} from './placementStatRepository';

/** Two live figure sets for one partner, major and 学年 would be counted twice by R1. */
function duplicateConflict(existingId: string | undefined, pathPrefix: string[]): DomainError {
  return new DomainError('CONFLICT', 'figures for this partner, major and academic year already exist; edit that row instead', {
    issues: [{ path: [...pathPrefix, 'academicYear'], message: 'placementStat.duplicate' }],
    details: { field: 'academicYear', ...(existingId ? { existingId } : {}) },
  });
}

function referenceChecks(fields: PlacementStatFields, before?: PlacementStatFields): ReferenceCheck[] {
  const checks: ReferenceCheck[] = [
    { field: 'organisationId', id: fields.organisationId, table: 'organisation', live: true },
    { field: 'majorId', id: fields.majorId, table: 'major', live: true },
  ];
  // An unchanged reference was valid when saved: a partner trashed since must not block edits.
  return before ? checks.filter((c) => c.id !== before[c.field as 'organisationId' | 'majorId']) : checks;
}

function fieldsOf(stat: PlacementStat): PlacementStatFields {
  const { organisationId, majorId, academicYear, orderTrainees, interns, graduatesEmployed } = stat;
  return { organisationId, majorId, academicYear, orderTrainees, interns, graduatesEmployed };
}

/** Placement statistics (订单培养 / 顶岗实习 / 毕业生就业 per partner × major × 学年). */
export function createPlacementStatService(ctx: ServiceContext) {
  async function live(db: Executor, id: string, trashed = false): Promise<PlacementStat> {
    const stat = await findPlacementStat(db, id);
    if (!stat || (stat.deletedAt !== null) !== trashed) throw notFound('placementStat', id);
    return stat;
  }

  /** Runs a write; the partial unique index is the last guard and still yields CONFLICT. */
  async function write<T>(work: (trx: Executor) => Promise<T>, pathPrefix: string[]): Promise<T> {
    try {
      return await ctx.db.transaction().execute(work);
    } catch (error) {
      if (isUniqueViolation(error, 'placement_stat.')) throw duplicateConflict(undefined, pathPrefix);
      throw error;
    }
  }

  return {
    async list(query?: PlacementStatQuery): Promise<PlacementStat[]> {
      return listPlacementStats(ctx.db, parseInput(PlacementStatQuery, query));
    },

    async get(id: string): Promise<PlacementStat> {
      return live(ctx.db, parseInput(Id, id));
    },

    async create(draft: unknown): Promise<PlacementStat> {
      const fields = parseInput(PlacementStatDraft, draft);
      const stamp = nowIso(ctx);
      return write(async (trx) => {
        await assertReferences(trx, referenceChecks(fields));
        const twin = await findLiveTwin(trx, fields, null);
        if (twin) throw duplicateConflict(twin, []);
        const id = newId();
        await insertPlacementStat(trx, { id, ...fields, createdAt: stamp, updatedAt: stamp, deletedAt: null });
        return live(trx, id);
      }, []);
    },

    async update(input: unknown): Promise<PlacementStat> {
      const { id, patch } = parseInput(PlacementStatPatch, input);
      return write(async (trx) => {
        const current = await live(trx, id);
        const before = fieldsOf(current);
        const sent = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
        const fields = parseMergedDraft(PlacementStatDraft, { ...before, ...sent });
        await assertReferences(trx, referenceChecks(fields, before), { pathPrefix: ['patch'] });
        const twin = await findLiveTwin(trx, fields, id);
        if (twin) throw duplicateConflict(twin, ['patch']);
        await updatePlacementStat(trx, { id, ...fields, createdAt: current.createdAt, updatedAt: nowIso(ctx), deletedAt: null });
        return live(trx, id);
      }, ['patch']);
    },

    async delete(id: string): Promise<{ ok: true }> {
      const statId = parseInput(Id, id);
      if (!(await setPlacementStatTrashed(ctx.db, statId, true, nowIso(ctx)))) throw notFound('placementStat', statId);
      return { ok: true };
    },

    /** Restoring is refused while another live row holds the same partner × major × 学年. */
    async restore(id: string): Promise<PlacementStat> {
      const statId = parseInput(Id, id);
      return write(async (trx) => {
        const trashed = await live(trx, statId, true);
        const twin = await findLiveTwin(trx, fieldsOf(trashed), statId);
        if (twin) throw duplicateConflict(twin, []);
        await setPlacementStatTrashed(trx, statId, false, nowIso(ctx));
        return live(trx, statId);
      }, []);
    },
  };
}

export type PlacementStatService = ReturnType<typeof createPlacementStatService>;
