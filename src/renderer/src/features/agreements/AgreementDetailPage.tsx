import { Button, Spin } from 'antd';
import { EditOutlined, FileTextOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { Agreement } from '@shared/domain/agreement';
import { useChannel } from '../../api/useChannel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeading } from '../../components/PageHeading';
import { useEnumLabel } from '../../components/useEnumLabel';
import { canEdit } from '@shared/domain/rules/agreementLifecycle';
import { HistoryPanel } from '../history/HistoryPanel';
import { AgreementStatusTag } from './agreementColumns';
import { AgreementLinksSection } from './AgreementLinksSection';
import { AgreementOverview } from './AgreementOverview';
import { AgreementStatusActions } from './AgreementStatusActions';
import { AttachmentsSection } from './AttachmentsSection';
import { RenewAgreementButton } from './RenewAgreementButton';
import { RenewalChainSection } from './RenewalChainSection';

/** /agreements/:id: fields, parties, obligations, links, renewal chain, attachments, history. */
export function AgreementDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, loading, reload } = useChannel('agreements:get', { id });

  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (!data || loading) return <Spin description={t('app.loading')} />;
  return <AgreementDetail agreement={data} onChanged={reload} />;
}

function AgreementDetail({ agreement, onChanged }: { agreement: Agreement; onChanged: () => void }) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const navigate = useNavigate();

  return (
    <div data-testid="agreement-detail" data-agreement-id={agreement.id}>
      <PageHeading
        title={
          <>
            <span data-testid="agreement-title">{agreement.title}</span>{' '}
            <span data-testid="agreement-status">
              <AgreementStatusTag status={agreement.effectiveStatus} label={enumLabel('effectiveAgreementStatus', agreement.effectiveStatus)} />
            </span>
          </>
        }
        extra={
          <>
            {/* [documents] open the document panel */}
            <Button icon={<FileTextOutlined />} data-testid="generate-document" onClick={() => navigate(`/agreements/${agreement.id}/document`)}>
              {t('documents.generateAction')}
            </Button>
            <RenewAgreementButton agreement={agreement} />
            <AgreementStatusActions agreement={agreement} onChanged={onChanged} />
            {canEdit(agreement.status) ? (
              <Button icon={<EditOutlined />} data-testid="edit-agreement" onClick={() => navigate(`/agreements/${agreement.id}/edit`)}>
                {t('common.edit')}
              </Button>
            ) : null}
          </>
        }
      />
      <section aria-labelledby="agreement-overview-heading">
        <h2 id="agreement-overview-heading">{t('agreementsUi.sections.overview')}</h2>
        <AgreementOverview agreement={agreement} />
      </section>
      <section aria-labelledby="agreement-chain-heading">
        <h2 id="agreement-chain-heading">{t('agreementsUi.sections.chain')}</h2>
        {/* Keyed by updatedAt: a status change re-reads the chain. */}
        <RenewalChainSection key={agreement.updatedAt} agreementId={agreement.id} />
      </section>
      <section aria-labelledby="agreement-attachments-heading">
        <h2 id="agreement-attachments-heading">{t('agreementsUi.sections.attachments')}</h2>
        <AttachmentsSection entityType="agreement" entityId={agreement.id} />
      </section>
      <section aria-labelledby="agreement-links-heading">
        <h2 id="agreement-links-heading">{t('agreementsUi.sections.links')}</h2>
        <AgreementLinksSection agreementId={agreement.id} />
      </section>
      <section aria-labelledby="agreement-history-heading">
        <h2 id="agreement-history-heading">{t('agreementsUi.sections.history')}</h2>
        <HistoryPanel tableName="agreement" rowId={agreement.id} />
      </section>
    </div>
  );
}
