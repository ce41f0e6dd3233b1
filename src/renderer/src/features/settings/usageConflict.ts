import type { TFunction } from 'i18next';
import { toAppError } from '../../api/client';

interface Reference {
  table: string;
  live: number;
  trashed: number;
}

const isReference = (v: unknown): v is Reference =>
  typeof v === 'object' && v !== null && typeof (v as Reference).table === 'string' && typeof (v as Reference).live === 'number';

function tableLabel(t: TFunction, table: string): string {
  const key = `admin.tables.${table}`;
  return t(key, { defaultValue: table });
}

/**
 * "专业 2 条, 校内人员 1 条" from a CONFLICT's details (references with live/trashed counts,
 * plus attachments), or null when the error carries none: then the generic text applies.
 */
export function referencesText(t: TFunction, error: unknown, options: { includeTrashed: boolean }): string | null {
  const appError = toAppError(error);
  if (appError.code !== 'CONFLICT') return null;
  const raw = appError.details['references'];
  const parts: string[] = [];
  if (Array.isArray(raw)) {
    for (const r of raw.filter(isReference)) {
      const count = options.includeTrashed ? r.live + r.trashed : r.live;
      if (count > 0) parts.push(t('admin.trash.refCount', { table: tableLabel(t, r.table), count }));
    }
  }
  const attachments = appError.details['attachments'];
  if (typeof attachments === 'number' && attachments > 0) parts.push(t('admin.trash.attachments', { count: attachments }));
  return parts.length > 0 ? parts.join('，') : null;
}
