import { useState } from 'react';
import { App, Button, Popconfirm, Spin, Tabs } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { Partner } from '@shared/domain/partner';
import { call } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { testId } from '../../components/formIssues';
import { PageHeading } from '../../components/PageHeading';
import { StatusTag } from '../../components/StatusTag';
import { useEnumLabel } from '../../components/useEnumLabel';
import { ContactsTab } from './ContactsTab';
import { InteractionsTab } from './InteractionsTab';
import { PartnerAgreementsTab } from './PartnerAgreementsTab';
import { PartnerProfile } from './PartnerProfile';
import { HistoryPanel } from '../history/HistoryPanel';
import { PartnerMergeButton } from '../merge/PartnerMergeButton';
import { partnerStatusTone } from './partnerStatusTone';
import { PartnerPlacementsTab } from '../placements/PartnerPlacementsTab';
import { openUndoNotice } from '../../components/undoNotice';

/** /partners/:id: profile and the partner's contacts, agreements and interactions. */
export function PartnerDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data: partner, error, loading, reload } = useChannel('partners:get', { id });

  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (!partner || loading) return <Spin description={t('app.loading')} />;
  return <PartnerDetail partner={partner} onChanged={reload} />;
}

function PartnerDetail({ partner, onChanged }: { partner: Partner; onChanged: () => void }) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [deleting, setDeleting] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);

  const undoDelete = async (key: string) => {
    message.destroy(key);
    try {
      const restored = await call('partners:restore', { id: partner.id });
      void message.success(t('partners.restored', { name: restored.fullName }));
      navigate(`/partners/${restored.id}`);
    } catch (e) {
      setActionError(e);
    }
  };

  const remove = async () => {
    setDeleting(true);
    setActionError(null);
    try {
      await call('partners:delete', { id: partner.id });
      const key = `deleted-${partner.id}`;
      // Deleting only moves the partner to the trash, so offer Undo right away.
      openUndoNotice(message, {
        key,
        text: t('partners.deleted', { name: partner.fullName }),
        undoLabel: t('common.undo'),
        testId: 'undo-delete-partner',
        onUndo: () => void undoDelete(key),
      });
      navigate('/partners');
    } catch (e) {
      setActionError(e);
      setDeleting(false);
    }
  };

  return (
    <>
      <PageHeading
        title={
          <>
            {partner.fullName} <StatusTag tone={partnerStatusTone(partner.status)}>{enumLabel('partnerStatus', partner.status)}</StatusTag>
          </>
        }
        testId="partner-title"
        extra={
          <>
            <PartnerMergeButton partner={partner} onMerged={onChanged} />
            <Button icon={<EditOutlined />} data-testid="edit-partner" onClick={() => navigate(`/partners/${partner.id}/edit`)}>
              {t('common.edit')}
            </Button>
            <Popconfirm
              title={t('common.deleteConfirm', { name: partner.fullName })}
              okText={t('common.delete')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true, ...testId('confirm-delete-partner') }}
              onConfirm={() => remove()}
            >
              <Button danger icon={<DeleteOutlined />} loading={deleting} data-testid="delete-partner">
                {t('common.delete')}
              </Button>
            </Popconfirm>
          </>
        }
      />
      {actionError ? <ErrorAlert error={actionError} /> : null}
      <Tabs
        defaultActiveKey="profile"
        items={[
          { key: 'profile', label: t('partners.tabs.profile'), children: <PartnerProfile partner={partner} /> },
          { key: 'contacts', label: t('partners.tabs.contacts'), children: <ContactsTab organisationId={partner.id} /> },
          { key: 'agreements', label: t('partners.tabs.agreements'), children: <PartnerAgreementsTab organisationId={partner.id} /> },
          { key: 'interactions', label: t('partners.tabs.interactions'), children: <InteractionsTab organisationId={partner.id} /> },
          { key: 'placements', label: t('placements.tab'), children: <PartnerPlacementsTab organisationId={partner.id} /> },
          { key: 'history', label: t('partners.tabs.history'), children: <HistoryPanel tableName="organisation" rowId={partner.id} /> },
        ]}
      />
    </>
  );
}
