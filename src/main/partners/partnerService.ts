import { derivePartnerIndustry, patchedPartnerIndustry } from '@shared/domain/rules/partnerClassification';
import { withRegionName } from '@shared/domain/rules/partnerRegion';
import { checkUscc } from '@shared/domain/rules/uscc';
import { type Partner, PartnerDraft, PartnerPatch, PartnerQuery, type PartnerPage } from '@shared/domain/partner';
import { Id } from '@shared/domain/common';
import type { z } from 'zod';
import { DomainError, notFound } from '../errors';
import { newId } from '../ids';
import { mergePatch } from '../reference/mergePatch';
import { assertLiveOrgUnit } from '../reference/referenceService';
import { isUniqueViolation } from '../reference/uniqueViolation';
import { type Executor, nowIso, type ServiceContext } from '../services/context';
import { fieldError, parseInput } from '../services/validate';
import {
  findPartner,
  findPartnerByUscc,
  insertPartner,
  listPartners,
  restorePartner,
  trashPartner,
  updatePartner,
} from './partnerRepository';

/**
 * The check-character verdict for a (schema-normalised) USCC: whether it is saved as
 * overridden. A failing check character is only accepted with an explicit override
 * (early pilot codes such as 91350100M0001TGQXM are real but fail it).
 */
export function usccOverrideFlag(uscc: string | null, override: boolean): boolean {
  if (uscc === null) return false;
  const check = checkUscc(uscc);
  if (check.valid) return false;
  if (check.reason === 'format') throw fieldError('uscc', 'uscc.format');
  if (override) return true;
  throw new DomainError('USCC_CHECK_FAILED', `USCC ${uscc} fails its check character`, {
    issues: [{ path: ['uscc'], message: 'uscc.check' }],
    details: { expectedCheckChar: check.expectedCheckChar },
  });
}

function usccConflict(existing: { id: string; fullName: string; deletedAt: string | null } | undefined): DomainError {
  return new DomainError('CONFLICT', 'another partner already has this USCC', {
    issues: [{ path: ['uscc'], message: 'uscc.duplicate' }],
    details: {
      field: 'uscc',
      existingId: existing?.id ?? null,
      existingName: existing?.fullName ?? null,
      // The UI offers "restore" instead of "open" when the twin is in the trash.
      inTrash: existing ? existing.deletedAt !== null : false,
    },
  });
}

/**
 * The industry fields an update stores: what the patch asks for (a new code replaces the
 * old one and its derived 门类/大类), checked and derived like a new partner's.
 */
export function updatedIndustry(current: Partner, patch: Partial<Pick<Partner, 'industrySection' | 'industryDivision' | 'industryCode'>>) {
  const result = derivePartnerIndustry(patchedPartnerIndustry(current, patch));
  if (!result.ok) throw fieldError(result.issue.path, result.issue.message);
  return { ...result.value, industrySection: result.value.industrySection as Partner['industrySection'] };
}

async function assertUsccFree(db: Executor, uscc: string | null, selfId: string): Promise<void> {
  if (uscc === null) return;
  const existing = await findPartnerByUscc(db, uscc);
  if (existing && existing.id !== selfId) throw usccConflict(existing);
}

export function createPartnerService(ctx: ServiceContext) {
  /** Builds the record, runs the checks shared by create and update, and writes it: one transaction. */
  async function save(
    build: (db: Executor) => Promise<Partner>,
    write: (db: Executor, partner: Partner) => Promise<void>,
  ): Promise<Partner> {
    // Remembered for the fallback below, which runs after the transaction is gone.
    const attempted: { uscc: string | null } = { uscc: null };
    try {
      return await ctx.db.transaction().execute(async (trx) => {
        const partner = await build(trx);
        attempted.uscc = partner.uscc;
        await assertUsccFree(trx, partner.uscc, partner.id);
        await assertLiveOrgUnit(trx, partner.ownerOrgUnitId, 'ownerOrgUnitId');
        await write(trx, partner);
        return partner;
      });
    } catch (error) {
      if (attempted.uscc !== null && isUniqueViolation(error, 'organisation.uscc')) {
        throw usccConflict(await findPartnerByUscc(ctx.db, attempted.uscc));
      }
      throw error;
    }
  }

  async function getLive(db: Executor, id: string): Promise<Partner> {
    const partner = await findPartner(db, id);
    if (!partner || partner.deletedAt !== null) throw notFound('partner', id);
    return partner;
  }

  return {
    async list(query: z.input<typeof PartnerQuery>): Promise<PartnerPage> {
      return listPartners(ctx.db, parseInput(PartnerQuery, query));
    },

    async get(id: string): Promise<Partner> {
      return getLive(ctx.db, parseInput(Id, id));
    },

    async create(draft: z.input<typeof PartnerDraft>): Promise<Partner> {
      const { usccOverride, ...fields } = parseInput(PartnerDraft, draft);
      const stamp = nowIso(ctx);
      const partner: Partner = {
        id: newId(),
        // The schema derived 门类/大类 from the code; the region name follows the code if none was given.
        ...withRegionName(fields),
        usccCheckOverridden: usccOverrideFlag(fields.uscc, usccOverride),
        createdAt: stamp,
        updatedAt: stamp,
        deletedAt: null,
      };
      return save(async () => partner, insertPartner);
    },

    async update(input: z.input<typeof PartnerPatch>): Promise<Partner> {
      const { id, patch } = parseInput(PartnerPatch, input);
      const { usccOverride, ...changes } = patch;
      const build = async (trx: Executor): Promise<Partner> => {
        const current = await getLive(trx, id);
        const merged = mergePatch(current, changes);
        const touched = (k: keyof typeof changes): boolean => changes[k] !== undefined;
        const industryTouched = touched('industrySection') || touched('industryDivision') || touched('industryCode');
        // A new region code without a name: the old name described the old code.
        if (touched('regionCode') && !touched('regionName')) merged.regionName = null;
        const next: Partner = {
          ...withRegionName(merged),
          // Untouched industry fields are left as stored, so resaving other fields never fails on them.
          ...(industryTouched ? updatedIndustry(current, changes) : {}),
          updatedAt: nowIso(ctx),
        };
        // Only a changed USCC is re-checked: resaving a form must not fail on a code that
        // was accepted (perhaps with an override) before.
        if (next.uscc !== current.uscc) next.usccCheckOverridden = usccOverrideFlag(next.uscc, usccOverride);
        return next;
      };
      return save(build, updatePartner);
    },

    async delete(input: string): Promise<{ ok: true }> {
      const id = parseInput(Id, input);
      // Contacts stay linked and untouched: restoring the partner brings everything back.
      if (!(await trashPartner(ctx.db, id, nowIso(ctx)))) throw notFound('partner', id);
      return { ok: true };
    },

    async restore(input: string): Promise<Partner> {
      const id = parseInput(Id, input);
      return ctx.db.transaction().execute(async (trx) => {
        if (!(await restorePartner(trx, id, nowIso(ctx)))) throw notFound('partner', id);
        return getLive(trx, id);
      });
    },
  };
}

export type PartnerService = ReturnType<typeof createPartnerService>;
