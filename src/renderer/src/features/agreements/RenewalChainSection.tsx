import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ChainVersion } from '@shared/domain/attachment';
import { useChannel } from '../../api/useChannel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useEnumLabel } from '../../components/useEnumLabel';
import { AgreementStatusTag } from './agreementColumns';

/** Every version of the agreement, oldest first (agreements:chain); the others link to their pages. */
export function RenewalChainSection({ agreementId }: { agreementId: string }) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const { data, error, reload } = useChannel('agreements:chain', { id: agreementId });

  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (!data) return null;
  if (data.versions.length === 1) return <p data-testid="agreement-chain-single">{t('agreementsUi.chain.single')}</p>;

  const title = (v: ChainVersion, index: number) => {
    const label = `${v.agreementNo ?? v.title}（${v.startDate ?? '…'} – ${v.endDate ?? '…'}）`;
    if (index === data.current) return <strong>{`${label} · ${t('agreementsUi.chain.current')}`}</strong>;
    if (v.inTrash) return `${label} · ${t('agreementsUi.chain.inTrash')}`;
    return <Link to={`/agreements/${v.id}`}>{label}</Link>;
  };

  return (
    <div data-testid="agreement-chain">
      <Steps
        orientation="vertical"
        size="small"
        current={data.current}
        items={data.versions.map((v, index) => ({
          key: v.id,
          title: <span data-testid={`chain-version-${index}`} data-agreement-id={v.id}>{title(v, index)}</span>,
          description: <AgreementStatusTag status={v.effectiveStatus} label={enumLabel('effectiveAgreementStatus', v.effectiveStatus)} />,
        }))}
      />
    </div>
  );
}
