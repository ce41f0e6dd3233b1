import { z } from 'zod';
import type { Page } from '@shared/domain/common';
import { resources, type Language } from '@shared/i18n';
import { DomainError } from '../errors';
import type { ListColumn } from './listXlsx';

// What every bulk adapter is made of: the adapter shape, the translation the sheet is
// labelled in, and the lookups that put names (partner, major, teacher) where a record
// only holds an id, so an exported sheet reads like the list on screen.

export type Translation = (typeof resources)['zh-CN']['translation'];

export interface BulkAdapter<T extends { id: string }> {
  trash(id: string): Promise<unknown>;
  restore(id: string): Promise<unknown>;
  /** Statuses a bulk change may set; absent when the list has no status to change. */
  statuses?: readonly string[];
  setStatus?(id: string, status: string): Promise<unknown>;
  setOwner?(id: string, orgUnitId: string | null): Promise<unknown>;
  get(id: string): Promise<T>;
  list(query: Record<string, unknown>, page: number, pageSize: number): Promise<Page<T>>;
  sheetName(tr: Translation): string;
  columns(tr: Translation): ListColumn<T>[];
}

export const translationOf = (language: Language | null): Translation => resources[language ?? 'zh-CN'].translation as Translation;

export const StatusOf = (statuses: readonly string[]) => z.object({ status: z.enum(statuses as [string, ...string[]]) });

export const enumText = (tr: Translation, name: keyof Translation['enums'], code: string | null): string | null =>
  code === null ? null : ((tr.enums[name] as Record<string, string>)[code] ?? code);

/** Money in 元 as a number (2 decimals), so the sheet can sum it; blank stays blank. */
export const yuan = (fen: number | null): number | null => (fen === null ? null : fen / 100);

/**
 * Names of the ids `rows` point at, each looked up once. A row whose target has gone to
 * the trash since gets a blank name rather than failing the whole export.
 */
export async function namesById(ids: Iterable<string | null>, lookup: (id: string) => Promise<string>): Promise<Map<string, string | null>> {
  const names = new Map<string, string | null>();
  for (const id of ids) {
    if (id === null || names.has(id)) continue;
    try {
      names.set(id, await lookup(id));
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'NOT_FOUND') throw error;
      names.set(id, null);
    }
  }
  return names;
}

/** A page with its rows turned into sheet rows (names added). */
export async function mapPage<T, U>(page: Page<T>, toRows: (rows: T[]) => Promise<U[]>): Promise<Page<U>> {
  return { items: await toRows(page.items), total: page.total };
}

/** One row as a list of one, for `get` of an adapter whose rows need names. */
export async function oneRow<T, U>(row: T, toRows: (rows: T[]) => Promise<U[]>): Promise<U> {
  const [out] = await toRows([row]);
  if (out === undefined) throw new Error('toRows dropped the row');
  return out;
}
