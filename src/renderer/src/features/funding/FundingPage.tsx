import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PageHeading } from '../../components/PageHeading';
import { ContributionsTab } from './ContributionsTab';
import { FundingSourcesTab } from './FundingSourcesTab';
import { FundingTxnsTab } from './FundingTxnsTab';

const TABS = ['sources', 'txns', 'contributions'] as const;
type FundingTab = (typeof TABS)[number];

/** Funding in three tabs; `?tab=sources|txns|contributions` (default txns) plus each tab's filters. */
export function FundingPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const tab: FundingTab = (TABS as readonly string[]).includes(raw ?? '') ? (raw as FundingTab) : 'txns';
  return (
    <>
      <PageHeading title={t('admin.funding.title')} />
      <Tabs
        activeKey={tab}
        destroyOnHidden
        // Switching tab drops the other tab's filters.
        onChange={(key) => setParams({ tab: key })}
        items={[
          { key: 'sources', label: <span data-testid="funding-tab-sources">{t('admin.funding.tabs.sources')}</span>, children: <FundingSourcesTab /> },
          { key: 'txns', label: <span data-testid="funding-tab-txns">{t('admin.funding.tabs.txns')}</span>, children: <FundingTxnsTab /> },
          {
            key: 'contributions',
            label: <span data-testid="funding-tab-contributions">{t('admin.funding.tabs.contributions')}</span>,
            children: <ContributionsTab />,
          },
        ]}
      />
    </>
  );
}
