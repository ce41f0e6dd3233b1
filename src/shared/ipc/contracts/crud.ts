import type { z } from 'zod';
import { Done, IdInput } from '../../domain/common';

/** The six channels every soft-deletable entity has, typed by its schemas. */
export function crudContract<
  Q extends z.ZodType,
  P extends z.ZodType,
  E extends z.ZodType,
  D extends z.ZodType,
  U extends z.ZodType,
>(s: { query: Q; page: P; entity: E; draft: D; patch: U }) {
  return {
    list: { input: s.query, output: s.page },
    get: { input: IdInput, output: s.entity },
    create: { input: s.draft, output: s.entity },
    update: { input: s.patch, output: s.entity },
    delete: { input: IdInput, output: Done },
    restore: { input: IdInput, output: s.entity },
  } as const;
}
