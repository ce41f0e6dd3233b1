import { type TrashItem, TrashQuery, TRASH_ENTITY_TYPES } from '@shared/domain/system';
import type { Page } from '@shared/domain/common';
import type { z } from 'zod';
import type { ServiceContext } from '../services/context';
import { parseInput } from '../services/validate';
import { listTrash } from './trashRepository';

export function createTrashService(ctx: ServiceContext) {
  return {
    /** Everything in the trash, newest deletion first; restore goes through each entity's own service. */
    async list(query: z.input<typeof TrashQuery>): Promise<Page<TrashItem>> {
      const { page, pageSize, entityType } = parseInput(TrashQuery, query);
      const entityTypes = entityType ? [entityType] : TRASH_ENTITY_TYPES;
      return listTrash(ctx.db, { entityTypes, page, pageSize });
    },
  };
}

export type TrashService = ReturnType<typeof createTrashService>;
