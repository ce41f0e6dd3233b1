import type { Partner } from '@shared/domain/partner';
import {
  type PartnerMerge,
  PartnerMergeInput,
  PartnerMergePreviewInput,
  PartnerMergesQuery,
  UndoMergeInput,
} from '@shared/domain/merge';
import type { z } from 'zod';
import { DomainError, notFound } from '../errors';
import { newId } from '../ids';
import { findPartner, restorePartner, trashPartner, updatePartner } from '../partners/partnerRepository';
import { isUniqueViolation } from '../reference/uniqueViolation';
import { type Executor, nowIso, type ServiceContext } from '../services/context';
import { parseInput } from '../services/validate';
import {
  collidingLinkRows,
  countReferencing,
  deleteMerge,
  deleteRow,
  findMerge,
  insertMerge,
  insertRow,
  keysReferencing,
  livePrimaryContact,
  type MergeRow,
  mergesInto,
  organisationRefs,
  organisationSnapshot,
  repointAll,
  repointRow,
  type RowKey,
  setPrimaryFlag,
} from './mergeRepository';
import { MergeSnapshot, movedCounts } from './mergeSnapshot';

async function livePartner(db: Executor, id: string): Promise<Partner> {
  const partner = await findPartner(db, id);
  if (!partner || partner.deletedAt !== null) throw notFound('partner', id);
  return partner;
}

function toMerge(row: MergeRow): PartnerMerge {
  const snapshot = MergeSnapshot.parse(JSON.parse(row.snapshot_json));
  return {
    id: row.id,
    survivorId: row.survivor_id,
    mergedId: row.merged_id,
    mergedName: row.merged_name,
    mergedAt: row.merged_at,
    moved: movedCounts(snapshot),
  };
}

/** Names the survivor gains: the merged partner's name and aliases it does not have yet. */
function aliasesToAdd(survivor: Partner, merged: Partner): string[] {
  const known = new Set([survivor.fullName, ...survivor.aliases]);
  const added: string[] = [];
  for (const name of [merged.fullName, ...merged.aliases]) {
    if (!known.has(name)) {
      known.add(name);
      added.push(name);
    }
  }
  return added;
}

export function createMergeService(ctx: ServiceContext) {
  /**
   * Moves every row that references `merged` to `survivor`, in one transaction. Conflicts,
   * decided here: the survivor's primary contact stays primary (the other is demoted); a link
   * the survivor already has (same key) is dropped and kept in the snapshot; any other unique
   * clash (e.g. two live placement figures for the same major and 学年) refuses the merge
   * with CONFLICT naming the table, since adding or dropping figures is the user's call.
   */
  async function moveAll(trx: Executor, survivorId: string, mergedId: string, stamp: string) {
    const snapshot: Omit<MergeSnapshot, 'merged' | 'addedAliases'> = { moved: [], droppedLinks: [], demotedPrimaryContactId: null };
    const mergedPrimary = await livePrimaryContact(trx, mergedId);
    if (mergedPrimary && (await livePrimaryContact(trx, survivorId))) {
      await setPrimaryFlag(trx, mergedPrimary, false, stamp);
      snapshot.demotedPrimaryContactId = mergedPrimary;
    }
    for (const ref of await organisationRefs(trx)) {
      for (const row of await collidingLinkRows(trx, ref, mergedId, survivorId)) {
        const key: RowKey = Object.fromEntries(ref.keyColumns.map((c) => [c, row[c] as RowKey[string]]));
        await deleteRow(trx, ref.table, key);
        snapshot.droppedLinks.push({ table: ref.table, row });
      }
      const keys = await keysReferencing(trx, ref, mergedId);
      if (keys.length === 0) continue;
      try {
        await repointAll(trx, ref, mergedId, survivorId);
      } catch (error) {
        if (!isUniqueViolation(error, `${ref.table}.`)) throw error;
        throw new DomainError('CONFLICT', `both partners have rows in ${ref.table} that cannot coexist`, {
          details: { reason: 'mergeConflict', table: ref.table },
          cause: error,
        });
      }
      snapshot.moved.push({ table: ref.table, column: ref.column, keys });
    }
    return snapshot;
  }

  return {
    /** What a merge would move, per table.column (non-zero counts only). */
    async preview(input: z.input<typeof PartnerMergePreviewInput>): Promise<Record<string, number>> {
      const { survivorId, mergedId } = parseInput(PartnerMergePreviewInput, input);
      await livePartner(ctx.db, survivorId);
      await livePartner(ctx.db, mergedId);
      const counts: Record<string, number> = {};
      for (const ref of await organisationRefs(ctx.db)) {
        const n = await countReferencing(ctx.db, ref, mergedId);
        if (n > 0) counts[`${ref.table}.${ref.column}`] = n;
      }
      return counts;
    },

    async merge(input: z.input<typeof PartnerMergeInput>): Promise<Partner> {
      const { survivorId, mergedId } = parseInput(PartnerMergeInput, input);
      return ctx.db.transaction().execute(async (trx) => {
        const survivor = await livePartner(trx, survivorId);
        const merged = await livePartner(trx, mergedId);
        const stamp = nowIso(ctx);
        const mergedRow = await organisationSnapshot(trx, mergedId);
        const moved = await moveAll(trx, survivorId, mergedId, stamp);
        const addedAliases = aliasesToAdd(survivor, merged);
        const next: Partner = { ...survivor, aliases: [...survivor.aliases, ...addedAliases], updatedAt: stamp };
        await updatePartner(trx, next);
        await trashPartner(trx, mergedId, stamp);
        const snapshot: MergeSnapshot = { merged: mergedRow ?? {}, addedAliases, ...moved };
        await insertMerge(trx, {
          id: newId(),
          survivor_id: survivorId,
          merged_id: mergedId,
          merged_at: stamp,
          snapshot_json: JSON.stringify(snapshot),
        });
        return next;
      });
    },

    async mergesInto(input: z.input<typeof PartnerMergesQuery>): Promise<PartnerMerge[]> {
      const { partnerId } = parseInput(PartnerMergesQuery, input);
      return (await mergesInto(ctx.db, partnerId)).map(toMerge);
    },

    /**
     * Puts back exactly what the merge changed: rows that still point at the survivor go back,
     * dropped links and the demoted primary flag return, the added aliases are removed, the
     * merged partner leaves the trash and the log row is deleted (the audit log keeps both).
     */
    async undo(input: z.input<typeof UndoMergeInput>): Promise<Partner> {
      const { mergeId } = parseInput(UndoMergeInput, input);
      return ctx.db.transaction().execute(async (trx) => {
        const row = await findMerge(trx, mergeId);
        if (!row) throw notFound('organisation_merge', mergeId);
        const snapshot = MergeSnapshot.parse(JSON.parse(row.snapshot_json));
        const survivor = await findPartner(trx, row.survivor_id);
        if (!survivor || survivor.deletedAt !== null) {
          throw new DomainError('CONFLICT', 'the surviving partner is in the trash; restore it first', {
            details: { reason: 'survivorTrashed', survivorId: row.survivor_id },
          });
        }
        const stamp = nowIso(ctx);
        await restorePartner(trx, row.merged_id, stamp);
        for (const m of snapshot.moved) {
          for (const key of m.keys) await repointRow(trx, m, key, row.survivor_id, row.merged_id);
        }
        for (const link of snapshot.droppedLinks) await insertRow(trx, link.table, link.row);
        if (snapshot.demotedPrimaryContactId !== null) {
          await setPrimaryFlag(trx, snapshot.demotedPrimaryContactId, true, stamp);
        }
        const added = new Set(snapshot.addedAliases);
        await updatePartner(trx, { ...survivor, aliases: survivor.aliases.filter((a) => !added.has(a)), updatedAt: stamp });
        await deleteMerge(trx, mergeId);
        return livePartner(trx, row.merged_id);
      });
    },
  };
}

export type MergeService = ReturnType<typeof createMergeService>;
