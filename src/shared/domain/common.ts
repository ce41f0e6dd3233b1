import { z } from 'zod';
import { isIsoDate } from '../format/dates';
import './zodMessages';

// Messages on our own refinements are stable keys; the renderer translates them
// (i18n `fieldErrors.<key>`), so the same schema serves forms, IPC and the CLI.
export const Id = z.uuid();
export const IsoDate = z.string().refine(isIsoDate, { message: 'date.invalid' });
export const IsoTimestamp = z.string();

/** Optional free text: trimmed, '' becomes null so blanks never masquerade as data. */
export const optionalText = (max = 500) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const requiredText = (max = 200) => z.string().trim().min(1, { message: 'required' }).max(max);

export const Fen = z.int().min(0).max(Number.MAX_SAFE_INTEGER);
export const Count = z.int().min(0).max(1_000_000);

export const timestamps = {
  createdAt: IsoTimestamp,
  updatedAt: IsoTimestamp,
  deletedAt: IsoTimestamp.nullable(),
};

export const SortDir = z.enum(['asc', 'desc']);

export const paging = {
  page: z.int().min(1).default(1),
  pageSize: z.int().min(1).max(200).default(20),
  sortDir: SortDir.default('asc'),
  /** List the trash instead of live rows. */
  trashed: z.boolean().default(false),
};

export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.int().min(0) });

export const IdInput = z.object({ id: Id });
export const Done = z.object({ ok: z.literal(true) });

export type Page<T> = { items: T[]; total: number };
