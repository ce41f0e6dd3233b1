import { App, Button, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GeneratedDocument } from '@shared/domain/documentIpc';
import { call } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTimestamp } from '../../components/formatDate';
import { SavedCopyNotice, useSaveCopy } from './SavedCopy';

/** Documents generated for the agreement (their files are attachments), newest first. */
export function GeneratedVersions({ agreementId }: { agreementId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useChannel('documents:generated', { agreementId });
  const copy = useSaveCopy();

  const open = async (g: GeneratedDocument) => {
    try {
      const { action } = await call('attachments:open', { id: g.attachment.id });
      void message.info(t(`documents.versions.${action}`));
    } catch {
      void message.error(t('documents.versions.unavailable'));
    }
  };

  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (data && data.length === 0) return <p data-testid="generated-none">{t('documents.versions.none')}</p>;
  return (
    <>
      <SavedCopyNotice state={copy} testId="generated-saved-copy" />
      <Table<GeneratedDocument>
        data-testid="generated-list"
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={data ?? []}
        onRow={(g) => ({ 'data-testid': `generated-row-${g.format}-${g.version}` }) as Record<string, string>}
        columns={[
          { key: 'name', title: t('documents.versions.name'), render: (_: unknown, g) => g.attachment.originalName },
          { key: 'template', title: t('documents.versions.template'), render: (_: unknown, g) => `${g.templateName}${g.templateVersion ? ` · v${g.templateVersion}` : ''}` },
          { key: 'lang', title: t('documents.versions.language'), render: (_: unknown, g) => (g.lang === 'zh-CN' ? t('documents.langZh') : t('documents.langEn')) },
          { key: 'createdAt', title: t('documents.versions.createdAt'), render: (_: unknown, g) => formatTimestamp(g.createdAt) },
          {
            key: 'open',
            title: t('common.actions'),
            render: (_: unknown, g) => (
              <Space size={4}>
                <Button size="small" data-testid={`open-generated-${g.format}-${g.version}`} onClick={() => void open(g)}>
                  {t('documents.versions.open')}
                </Button>
                <Button size="small" data-testid={`save-copy-${g.format}-${g.version}`} disabled={copy.saving} onClick={() => void copy.saveAs(g.id)}>
                  {t('documents.saveCopy')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
