import type { DashboardSummary } from '@shared/domain/dashboard';
import type { EnumName } from '@shared/i18n';
import { fenToWanyuan } from '@shared/format/money';
import type { ChartOption } from './chartOption';
import { CHART_TEXT_STYLE } from './chartFont';
import { dashboardLinks } from './dashboardLinks';

// Chart options built from the summary, each with the link of every bar or slice
// (links[series][dataIndex]) and the same figures as a list for keyboard and screen-reader use.

export interface ChartEntry {
  key: string;
  label: string;
  value: string;
  href: string | null;
}

export interface ChartModel {
  option: ChartOption;
  links: (string | null)[][];
  entries: ChartEntry[];
}

export interface ChartText {
  enumLabel: (name: EnumName, code: string | null) => string;
  notRecorded: string;
  t: (key: string, values?: Record<string, unknown>) => string;
}

const GRID = { left: 8, right: 16, top: 32, bottom: 8, containLabel: true } as const;

/** What every chart shares: ARIA, item tooltips, and the app's fonts for all text (chartFont.ts). */
export const CHART_BASE = {
  aria: { enabled: true },
  textStyle: CHART_TEXT_STYLE,
  tooltip: { trigger: 'item', textStyle: CHART_TEXT_STYLE },
} as const;

function barModel(rows: { key: string; label: string; count: number; href: string | null }[]): ChartModel {
  return {
    option: {
      ...CHART_BASE,
      grid: GRID,
      xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: rows.map((r) => r.count), itemStyle: { color: '#1668dc' } }],
    },
    links: [rows.map((r) => r.href)],
    entries: rows.map((r) => ({ key: r.key, label: r.label, value: String(r.count), href: r.href })),
  };
}

export function agreementStatusChart(s: DashboardSummary, x: ChartText): ChartModel {
  const rows = s.agreements.byStatus.map((r) => ({
    key: r.status,
    label: x.enumLabel('effectiveAgreementStatus', r.status),
    count: r.count,
    href: dashboardLinks.agreementStatus(r.status),
  }));
  return {
    option: {
      ...CHART_BASE,
      legend: { bottom: 0, type: 'scroll' },
      series: [{ type: 'pie', radius: ['35%', '65%'], data: rows.map((r) => ({ name: r.label, value: r.count })) }],
    },
    links: [rows.map((r) => r.href)],
    entries: rows.map((r) => ({ key: r.key, label: r.label, value: String(r.count), href: r.href })),
  };
}

export function agreementTypeChart(s: DashboardSummary, x: ChartText): ChartModel {
  return barModel(
    s.agreements.byType.map((r) => ({ key: r.type, label: x.enumLabel('agreementType', r.type), count: r.count, href: dashboardLinks.agreementType(r.type) })),
  );
}

export function industryChart(s: DashboardSummary, x: ChartText): ChartModel {
  return barModel(
    s.partners.byIndustry.map((r) => ({
      key: r.industrySection ?? 'none',
      label: r.industrySection ? `${r.industrySection} ${x.enumLabel('industrySection', r.industrySection)}` : x.notRecorded,
      count: r.count,
      href: dashboardLinks.partnerIndustry(r.industrySection),
    })),
  );
}

export function regionChart(s: DashboardSummary, x: ChartText): ChartModel {
  return barModel(
    s.partners.byRegion.map((r) => ({
      key: r.region ?? 'none',
      label: r.region ?? x.notRecorded,
      count: r.count,
      href: dashboardLinks.partnerRegion(r.region),
    })),
  );
}

const yearsOf = (rows: readonly { year: number }[]): number[] => [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);

/** One bar series per (source kind, direction) over the calendar years, in 万元. */
export function fundingChart(s: DashboardSummary, x: ChartText): ChartModel {
  const years = yearsOf(s.funding);
  const series = [...new Set(s.funding.map((r) => `${r.sourceKind}|${r.direction}`))].map((k) => {
    const [sourceKind = '', direction = ''] = k.split('|');
    const kind = x.enumLabel('fundingSourceKind', sourceKind);
    const name = x.t(direction === 'in' ? 'reminders.dashboard.fundingIn' : 'reminders.dashboard.fundingOut', { kind });
    const data = years.map((y) => s.funding.find((r) => r.year === y && `${r.sourceKind}|${r.direction}` === k)?.amountFen ?? 0);
    return { sourceKind, direction, name, data };
  });
  return {
    option: {
      ...CHART_BASE,
      legend: { top: 0, type: 'scroll' },
      grid: { ...GRID, top: 40 },
      xAxis: { type: 'category', data: years.map(String) },
      yAxis: { type: 'value', name: x.t('reminders.dashboard.wanyuan') },
      series: series.map((sr) => ({ type: 'bar', name: sr.name, stack: sr.direction, data: sr.data.map(fenToWanyuan) })),
    },
    links: series.map((sr) => years.map((y) => dashboardLinks.fundingTxns(sr.sourceKind, y))),
    entries: s.funding.map((r) => {
      const kind = x.enumLabel('fundingSourceKind', r.sourceKind);
      const label = x.t(r.direction === 'in' ? 'reminders.dashboard.fundingIn' : 'reminders.dashboard.fundingOut', { kind });
      return {
        key: `${r.sourceKind}-${r.direction}-${r.year}`,
        label: `${r.year} · ${label}`,
        value: `${fenToWanyuan(r.amountFen).toFixed(2)} ${x.t('reminders.dashboard.wanyuan')}`,
        href: dashboardLinks.fundingTxns(r.sourceKind, r.year),
      };
    }),
  };
}

/** Contribution value by kind over the years, in 万元; person-days appear in the list. */
export function contributionChart(s: DashboardSummary, x: ChartText): ChartModel {
  const years = yearsOf(s.contributions);
  const kinds = [...new Set(s.contributions.map((r) => r.kind))];
  return {
    option: {
      ...CHART_BASE,
      legend: { top: 0, type: 'scroll' },
      grid: { ...GRID, top: 40 },
      xAxis: { type: 'category', data: years.map(String) },
      yAxis: { type: 'value', name: x.t('reminders.dashboard.wanyuan') },
      series: kinds.map((k) => ({
        type: 'bar',
        name: x.enumLabel('contributionKind', k),
        data: years.map((y) => fenToWanyuan(s.contributions.find((r) => r.year === y && r.kind === k)?.valueFen ?? 0)),
      })),
    },
    links: kinds.map((k) => years.map((y) => dashboardLinks.contributions(k, y))),
    entries: s.contributions.map((r) => {
      const money = `${fenToWanyuan(r.valueFen).toFixed(2)} ${x.t('reminders.dashboard.wanyuan')}`;
      const days = r.personDays > 0 ? ` · ${x.t('reminders.dashboard.personDays', { count: r.personDays })}` : '';
      return {
        key: `${r.kind}-${r.year}`,
        label: `${r.year} · ${x.enumLabel('contributionKind', r.kind)}`,
        value: `${money}${days}`,
        href: dashboardLinks.contributions(r.kind, r.year),
      };
    }),
  };
}
