import type { ProvenanceRef, ReportColumn } from '@shared/domain/report';
import { sortedLeadDays } from '@shared/domain/rules/reminderRules';
import { todayIso } from '@shared/format/dates';
import { createSettingsService } from '../../settings/settingsService';
import type { ReportContext } from '../reportDefinition';

// Small helpers shared by the register reports (R10, R11, R12, R14, R17).

/** Today by the app's clock and the reminder lead times from settings, ascending ([30, 90, 180]). */
export async function todayAndLeads(ctx: ReportContext): Promise<{ today: string; leadDays: number[] }> {
  const settings = await createSettingsService({ db: ctx.db, sqlite: ctx.sqlite, now: ctx.now }).get();
  return { today: todayIso(ctx.now()), leadDays: sortedLeadDays(settings.reminderLeadDays) };
}

export const text = (key: string, label: string, extra: Partial<ReportColumn> = {}): ReportColumn => ({ key, label, type: 'text', ...extra });
export const date = (key: string, label: string): ReportColumn => ({ key, label, type: 'date', width: 12 });
export const integer = (key: string, label: string, unit?: string): ReportColumn => ({
  key,
  label,
  type: 'integer',
  ...(unit ? { unit } : {}),
});
export const yuan = (key: string, label: string): ReportColumn => ({ key, label, type: 'money', moneyUnit: 'yuan', unit: '元', width: 14 });

export const ref = (table: string, id: string, label: string): ProvenanceRef[] => [{ table, id, label }];
