import { describe, expect, it } from 'vitest';
import type { DashboardSummary } from '@shared/domain/dashboard';
import { optionText } from '../../../src/renderer/src/features/dashboard/chartFont';
import {
  agreementStatusChart,
  agreementTypeChart,
  type ChartText,
  contributionChart,
  fundingChart,
  industryChart,
  regionChart,
} from '../../../src/renderer/src/features/dashboard/dashboardCharts';
import { firstSteps, showFirstSteps } from '../../../src/renderer/src/features/dashboard/firstSteps';

// ECharts draws its own text: left to its default sans-serif, a machine without a CJK system
// font shows boxes. Every chart names the app's stack, ending in the bundled Noto Sans SC.

const summary: DashboardSummary = {
  today: '2026-11-28',
  agreements: {
    total: 3,
    byStatus: [{ status: 'expiring', count: 2 }, { status: 'active', count: 1 }],
    byType: [{ type: 'framework', count: 3 }],
    expiringSoon: { days: 180, count: 2, remindersDue: 2, items: [] },
  },
  followUps: { count: 0, items: [] },
  partners: {
    total: 2,
    byStatus: [{ status: 'active', count: 2 }],
    byIndustry: [{ industrySection: 'C', count: 2 }],
    byRegion: [{ region: '广东省', count: 2 }],
  },
  funding: [{ sourceKind: 'fiscal_special', year: 2026, direction: 'in', amountFen: 100_00, count: 1 }],
  contributions: [{ kind: 'donated_equipment', year: 2026, valueFen: 100_00, personDays: 0, count: 1 }],
};

const text: ChartText = { enumLabel: (_name, code) => `标签${code ?? ''}`, notRecorded: '未填写', t: (key) => key };
const models = {
  status: agreementStatusChart(summary, text),
  type: agreementTypeChart(summary, text),
  industry: industryChart(summary, text),
  region: regionChart(summary, text),
  funding: fundingChart(summary, text),
  contributions: contributionChart(summary, text),
};

describe('dashboard chart options', () => {
  it.each(Object.entries(models))('%s: all text, tooltips included, in the app font stack ending in the bundled Noto Sans SC', (_name, model) => {
    const option = model.option as { textStyle?: { fontFamily?: string }; tooltip?: { textStyle?: { fontFamily?: string } } };
    const family = option.textStyle?.fontFamily ?? '';
    expect(family).toContain('"Noto Sans SC"');
    expect(family.trim().endsWith('sans-serif')).toBe(true);
    expect(family.indexOf('"Noto Sans SC"')).toBeLessThan(family.indexOf('sans-serif'));
    expect(option.tooltip?.textStyle?.fontFamily).toBe(family);
  });

  it('offer the characters a chart shows, so the font subsets covering them load before drawing', () => {
    const chars = optionText(models.region.option);
    expect(chars).toContain('广');
    expect(chars).toContain('省');
    expect(new Set(chars).size).toBe(chars.length);
  });
});

describe('first steps', () => {
  const none = { ...summary, partners: { ...summary.partners, total: 0 }, agreements: { ...summary.agreements, total: 0 } };

  it('show while there are no partners', () => {
    expect(showFirstSteps(none)).toBe(true);
    expect(showFirstSteps(summary)).toBe(false);
  });

  it('go 学校信息 → partners → agreements → reports and backup, each linking to its screen, ticked when the app knows', () => {
    const steps = firstSteps(null, none);
    expect(steps.map((s) => [s.key, s.done])).toEqual([
      ['college', false],
      ['partners', false],
      ['agreements', false],
      ['output', null],
    ]);
    expect(steps.flatMap((s) => s.links.map((l) => l.to))).toEqual([
      '/settings?tab=college',
      '/data/import?entity=partners',
      '/partners/new',
      '/agreements/new',
      '/data/import?entity=agreements',
      '/reports',
      '/data',
    ]);
    const later = firstSteps('示例职业技术学院', { ...none, agreements: { ...none.agreements, total: 1 } });
    expect(later.map((s) => s.done)).toEqual([true, false, true, null]);
    expect(firstSteps('  ', none)[0]?.done).toBe(false);
  });
});
