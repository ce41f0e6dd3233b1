import type { DashboardSummary } from '@shared/domain/dashboard';
import { importPath } from '../import/importLink';

// 首次使用步骤: what the dashboard shows while the register has no partners, in the order an
// office starts: 学校信息 → partners → agreements → reports and backups. A step is ticked
// when the app can tell it is done; the last one has no end, so it is never ticked.

export type FirstStepKey = 'college' | 'partners' | 'agreements' | 'output';

export interface FirstStepLink {
  /** i18n key of the link text. */
  label: string;
  to: string;
  testId: string;
}

export interface FirstStep {
  key: FirstStepKey;
  /** null: nothing the app records says whether it is done. */
  done: boolean | null;
  links: FirstStepLink[];
}

const link = (label: string, to: string, testId: string): FirstStepLink => ({ label: `onboarding.firstSteps.${label}`, to, testId: `first-step-link-${testId}` });

/** While there are no partners the dashboard's figures say nothing yet: it leads the way instead. */
export function showFirstSteps(summary: Pick<DashboardSummary, 'partners'>): boolean {
  return summary.partners.total === 0;
}

export function firstSteps(collegeName: string | null | undefined, summary: Pick<DashboardSummary, 'partners' | 'agreements'>): FirstStep[] {
  return [
    { key: 'college', done: Boolean(collegeName?.trim()), links: [link('college.action', '/settings?tab=college', 'college')] },
    {
      key: 'partners',
      done: summary.partners.total > 0,
      links: [link('partners.import', importPath('partners'), 'import-partners'), link('partners.create', '/partners/new', 'new-partner')],
    },
    {
      key: 'agreements',
      done: summary.agreements.total > 0,
      links: [link('agreements.create', '/agreements/new', 'new-agreement'), link('agreements.import', importPath('agreements'), 'import-agreements')],
    },
    { key: 'output', done: null, links: [link('output.reports', '/reports', 'reports'), link('output.backup', '/data', 'backup')] },
  ];
}
