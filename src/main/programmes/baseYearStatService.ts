import { Id } from '@shared/domain/common';
import { type BaseYearStat, BaseYearStatQuery, BaseYearStatUpsert } from '@shared/domain/programmes';
import { notFound } from '../errors';
import { newId } from '../ids';
import type { ServiceContext } from '../services/context';
import { fieldError, parseInput } from '../services/validate';
import {
  deleteBaseYearStat,
  findBaseYearStat,
  insertBaseYearStat,
  isLiveBase,
  listBaseYearStats,
  updateBaseYearStat,
} from './baseYearStatRepository';

/** The yearly figures of an internship base (domain §2.2): one row per base and 学年. */
export function createBaseYearStatService(ctx: ServiceContext) {
  return {
    async list(query: unknown): Promise<BaseYearStat[]> {
      const { baseId } = parseInput(BaseYearStatQuery, query);
      return listBaseYearStats(ctx.db, baseId);
    },

    /** Creates the 学年's row or replaces its figures: the whole row is what the form shows. */
    async upsert(input: unknown): Promise<BaseYearStat> {
      const fields = parseInput(BaseYearStatUpsert, input);
      return ctx.db.transaction().execute(async (trx) => {
        if (!(await isLiveBase(trx, fields.baseId))) throw fieldError('baseId', 'reference.notFound');
        const existing = await findBaseYearStat(trx, fields.baseId, fields.academicYear);
        const stat: BaseYearStat = { ...fields, id: existing?.id ?? newId() };
        if (existing) await updateBaseYearStat(trx, stat);
        else await insertBaseYearStat(trx, stat);
        return stat;
      });
    },

    async delete(id: string): Promise<{ ok: true }> {
      const statId = parseInput(Id, id);
      if (!(await deleteBaseYearStat(ctx.db, statId))) throw notFound('baseYearStat', statId);
      return { ok: true };
    },
  };
}

export type BaseYearStatService = ReturnType<typeof createBaseYearStatService>;
