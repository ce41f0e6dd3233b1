import type { DashboardSummary } from '@shared/domain/dashboard';
import { provinceOf, sortedLeadDays } from '@shared/domain/rules/reminderRules';
import { addDays, daysBetween } from '@shared/format/dates';
import type { ReminderService } from '../reminders/reminderService';
import { type ServiceContext, todayOf } from '../services/context';
import { createSettingsService } from '../settings/settingsService';
import {
  agreementsByEffectiveStatus,
  agreementsByType,
  agreementsExpiring,
  contributionsByKindAndYear,
  fundingBySourceKindAndYear,
  partnersByIndustry,
  partnersByRegionName,
  partnerTotals,
} from './dashboardRepository';

const TOP_EXPIRING = 10;

/** Region names folded into their province (provinceOf), most partners first, "not recorded" last. */
function byProvince(rows: { regionName: string | null; count: number }[]): DashboardSummary['partners']['byRegion'] {
  const totals = new Map<string | null, number>();
  for (const r of rows) {
    const region = r.regionName === null || r.regionName === '' ? null : provinceOf(r.regionName);
    totals.set(region, (totals.get(region) ?? 0) + r.count);
  }
  const rank = (region: string | null): string => (region === null ? '\uffff' : region);
  return [...totals]
    .map(([region, count]) => ({ region, count }))
    .sort((a, b) => b.count - a.count || (rank(a.region) < rank(b.region) ? -1 : rank(a.region) > rank(b.region) ? 1 : 0));
}
const TOP_FOLLOW_UPS = 5;

export interface DashboardServiceDeps {
  reminders: Pick<ReminderService, 'due'>;
}

export function createDashboardService(ctx: ServiceContext, deps: DashboardServiceDeps) {
  return {
    /** Every figure of the dashboard, each an SQL aggregate over live rows. */
    async summary(): Promise<DashboardSummary> {
      const today = todayOf(ctx);
      const settings = await createSettingsService(ctx).get();
      const longest = sortedLeadDays(settings.reminderLeadDays).at(-1) ?? 0;
      const byStatus = await agreementsByEffectiveStatus(ctx.db, today, addDays(today, longest));
      // One meaning of 即将到期 everywhere: the status chart, this figure, the agreement list it
      // opens (status=expiring) and the 提醒 page, which only leaves out what was dismissed or snoozed.
      const expiring = await agreementsExpiring(ctx.db, today, addDays(today, longest), TOP_EXPIRING);
      const remindersDue = await deps.reminders.due('expiring', 1);
      // The same list as /reminders?kind=followup, so the count and the page it opens agree.
      const followUps = await deps.reminders.due('followup', TOP_FOLLOW_UPS);
      const partners = await partnerTotals(ctx.db);
      return {
        today,
        agreements: {
          total: byStatus.reduce((n, r) => n + r.count, 0),
          byStatus,
          byType: await agreementsByType(ctx.db),
          expiringSoon: {
            days: longest,
            count: expiring.count,
            remindersDue: remindersDue.count,
            items: expiring.items.map((a) => ({ ...a, daysLeft: daysBetween(today, a.endDate) })),
          },
        },
        followUps,
        partners: {
          total: partners.total,
          byStatus: partners.byStatus,
          byIndustry: await partnersByIndustry(ctx.db),
          byRegion: byProvince(await partnersByRegionName(ctx.db)),
        },
        funding: await fundingBySourceKindAndYear(ctx.db),
        contributions: await contributionsByKindAndYear(ctx.db),
      };
    },
  };
}

export type DashboardService = ReturnType<typeof createDashboardService>;
