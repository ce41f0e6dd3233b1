import { type TrashItem, TrashPurgeInput, TrashQuery, TRASH_ENTITY_TABLES, TRASH_ENTITY_TYPES } from '@shared/domain/system';
import type { Page } from '@shared/domain/common';
import type { z } from 'zod';
import { DomainError } from '../errors';
import type { ServiceContext } from '../services/context';
import { parseInput } from '../services/validate';
import { listTrash } from './trashRepository';
import {
  checkpointTruncate,
  countAttachmentsOf,
  deleteRemindersOf,
  deleteTrashedRow,
  listRowReferences,
} from './rowReferencesRepository';

export function createTrashService(ctx: ServiceContext) {
  return {
    /** Everything in the trash, newest deletion first; restore goes through each entity's own service. */
    async list(query: z.input<typeof TrashQuery>): Promise<Page<TrashItem>> {
      const { page, pageSize, entityType } = parseInput(TrashQuery, query);
      const entityTypes = entityType ? [entityType] : TRASH_ENTITY_TYPES;
      return listTrash(ctx.db, { entityTypes, page, pageSize });
    },

    /**
     * Deletes a trashed record for good (with its own parts: parties, obligations, …).
     * Refused with CONFLICT while any other row, live or trashed, still points at it, or
     * while attachments are filed under it. The audit rows of the record stay: they are
     * the history, and they still hold its old values (a PIPL follow-up).
     */
    async purge(input: z.input<typeof TrashPurgeInput>): Promise<{ ok: true }> {
      const { entityType, id } = parseInput(TrashPurgeInput, input);
      const table = TRASH_ENTITY_TABLES[entityType];
      // Polymorphic rows may name the record by its entity type or by its table.
      const names = [entityType, table];
      await ctx.db.transaction().execute(async (trx) => {
        const references = await listRowReferences(trx, table, id);
        const attachments = await countAttachmentsOf(trx, names, id);
        if (references.length > 0 || attachments > 0) {
          throw new DomainError('CONFLICT', `${entityType} ${id} is still referenced`, {
            details: { references, attachments },
          });
        }
        await deleteRemindersOf(trx, names, id);
        if (!(await deleteTrashedRow(trx, table, id))) {
          throw new DomainError('NOT_FOUND', `${entityType} ${id} is not in the trash`, { details: { entityType, id } });
        }
      });
      // After the commit, never inside it: move the WAL into the file and truncate it, so
      // secure_delete's zeroed pages replace every copy of the purged row.
      await checkpointTruncate(ctx.db);
      return { ok: true };
    },
  };
}

export type TrashService = ReturnType<typeof createTrashService>;
