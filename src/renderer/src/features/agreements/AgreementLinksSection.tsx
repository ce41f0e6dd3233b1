import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LinkedFunding, LinkedProgramme } from '@shared/domain/attachment';
import { formatFen } from '@shared/format/money';
import { useChannel } from '../../api/useChannel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useEnumLabel } from '../../components/useEnumLabel';

/** Programmes and funding that name this agreement (agreements:links). */
export function AgreementLinksSection({ agreementId }: { agreementId: string }) {
  const { t, i18n } = useTranslation();
  const enumLabel = useEnumLabel();
  const { data, error, loading, reload } = useChannel('agreements:links', { id: agreementId });
  const locale = i18n.language === 'en-US' ? 'en-US' : 'zh-CN';
  const none = t('common.none');

  return (
    <div data-testid="agreement-links">
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      <h3>{t('agreementsUi.sections.programmes')}</h3>
      {/* Plain paragraphs when empty: antd's empty-table text fails WCAG AA contrast. */}
      {data && data.programmes.length === 0 ? <p data-testid="agreement-programmes-empty">{t('agreementsUi.links.none')}</p> : (
      <Table<LinkedProgramme>
        data-testid="agreement-programmes"
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={data?.programmes ?? []}
        columns={[
          { key: 'type', title: t('agreementsUi.links.programmeType'), render: (_: unknown, p: LinkedProgramme) => enumLabel('programmeType', p.type) },
          { key: 'name', title: t('agreementsUi.links.name'), render: (_: unknown, p: LinkedProgramme) => p.name },
        ]}
      />
      )}
      <h3>{t('agreementsUi.sections.funding')}</h3>
      {data && data.funding.length === 0 ? <p data-testid="agreement-funding-empty">{t('agreementsUi.links.none')}</p> : (
      <Table<LinkedFunding>
        data-testid="agreement-funding"
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={data?.funding ?? []}
        columns={[
          { key: 'date', title: t('agreementsUi.links.date'), render: (_: unknown, f: LinkedFunding) => f.date },
          {
            key: 'kind',
            title: t('agreementsUi.links.kind'),
            render: (_: unknown, f: LinkedFunding) =>
              f.type === 'funding_txn'
                ? `${t('agreementsUi.links.fundingTxn')} · ${enumLabel('fundingDirection', f.direction)}`
                : `${t('agreementsUi.links.contribution')} · ${enumLabel('contributionKind', f.kind)}`,
          },
          {
            key: 'amount',
            title: t('agreementsUi.links.amount'),
            align: 'right' as const,
            render: (_: unknown, f: LinkedFunding) => (f.amountFen === null ? none : formatFen(f.amountFen, 'yuan', locale)),
          },
          { key: 'summary', title: t('agreementsUi.links.summary'), render: (_: unknown, f: LinkedFunding) => f.summary ?? none },
        ]}
      />
      )}
    </div>
  );
}
