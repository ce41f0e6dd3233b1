import type { DashboardSummary } from '@shared/domain/dashboard';

// Where each dashboard figure leads: the filtered list with the URL parameters those lists
// read (partners: partnerListParams.ts; agreements and funding: their lists' parameters).
// null means there is no filter for the bucket (e.g. "not recorded"), so it is not a link.

type Summary = DashboardSummary;
const withQuery = (path: string, params: Record<string, string>): string => `${path}?${new URLSearchParams(params).toString()}`;

export const dashboardLinks = {
  agreementsAll: (): string => '/agreements',
  agreementStatus: (status: Summary['agreements']['byStatus'][number]['status']): string => withQuery('/agreements', { status }),
  agreementType: (type: Summary['agreements']['byType'][number]['type']): string => withQuery('/agreements', { type }),
  // The list shows the very agreements the figure counts (status 即将到期, agreementListFilter.ts).
  agreementsExpiringSoon: (): string => withQuery('/agreements', { status: 'expiring' }),
  agreement: (id: string): string => `/agreements/${id}`,
  followUps: (): string => withQuery('/reminders', { kind: 'followup' }),
  partnersAll: (): string => '/partners',
  partnerStatus: (status: Summary['partners']['byStatus'][number]['status']): string => withQuery('/partners', { status }),
  partnerIndustry: (section: string | null): string | null => (section ? withQuery('/partners', { industrySection: section }) : null),
  partnerRegion: (region: string | null): string | null => (region ? withQuery('/partners', { region }) : null),
  fundingTxns: (sourceKind: string, year: number): string =>
    withQuery('/funding', { tab: 'txns', sourceKind, year: String(year) }),
  contributions: (kind: string, year: number): string => withQuery('/funding', { tab: 'contributions', kind, year: String(year) }),
};
