import { useState } from 'react';
import { App, Button, Flex, Form, Popconfirm, Space, Table, Upload } from 'antd';
import { InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { type Attachment, type AttachmentEntityType, isAllowedUploadName, MAX_ATTACHMENT_BYTES } from '@shared/domain/attachment';
import type { ATTACHMENT_KINDS } from '@shared/domain/enums';
import { call, toAppError } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { EnumSelect } from '../../components/EnumSelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { issueMessage } from '../../components/errorText';
import { formatTimestamp } from '../../components/formatDate';
import { testId } from '../../components/formIssues';
import { StatusTag } from '../../components/StatusTag';
import { useEnumLabel } from '../../components/useEnumLabel';
import { translator } from '../../i18n';
import { fileToBase64 } from './fileToBase64';

type Kind = (typeof ATTACHMENT_KINDS)[number];
const ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx,.xlsx';

const sizeText = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/**
 * Attachments of one record: drop or choose files (read here, sent as base64; the core checks
 * type and size again), open them through the core, mark the signed scan, delete.
 */
export function AttachmentsSection({ entityType, entityId }: { entityType: AttachmentEntityType; entityId: string }) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const { message } = App.useApp();
  const [kind, setKind] = useState<Kind>('signed_scan');
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const { data, error, loading, reload } = useChannel('attachments:list', { entityType, entityId });

  const report = (e: unknown) => {
    const appError = toAppError(e);
    const issue = appError.issues[0];
    if (issue) void message.error(issueMessage(translator, issue));
    else setActionError(appError);
  };

  const upload = async (file: File) => {
    setActionError(null);
    if (!isAllowedUploadName(file.name)) return void message.error(t('agreementsUi.attachments.badType'));
    if (file.size > MAX_ATTACHMENT_BYTES) return void message.error(t('agreementsUi.attachments.tooLarge'));
    setBusy(true);
    try {
      const dataBase64 = await fileToBase64(file);
      const saved = await call('attachments:upload', { entityType, entityId, kind, fileName: file.name, dataBase64 });
      void message.success(t('agreementsUi.attachments.uploaded', { name: saved.originalName }));
      reload();
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  };

  // antd must not post the file anywhere: we upload it ourselves and return false.
  const beforeUpload = (file: File) => {
    void upload(file);
    return false;
  };

  const act = async (work: () => Promise<void>) => {
    setActionError(null);
    try {
      await work();
    } catch (e) {
      report(e);
    }
  };

  const open = (a: Attachment) =>
    act(async () => {
      const { action } = await call('attachments:open', { id: a.id });
      void message.info(t(`agreementsUi.attachments.${action}`));
    });

  const columns = [
    {
      key: 'name',
      title: t('agreementsUi.attachments.name'),
      render: (_: unknown, a: Attachment) => (
        <Space>
          <span>{a.originalName}</span>
          {a.version > 1 ? <span>v{a.version}</span> : null}
          {a.isSignedScan ? <StatusTag tone="success">{t('agreementsUi.attachments.signedScan')}</StatusTag> : null}
        </Space>
      ),
    },
    { key: 'kind', title: t('agreementsUi.attachments.kind'), render: (_: unknown, a: Attachment) => enumLabel('attachmentKind', a.kind) },
    { key: 'size', title: t('agreementsUi.attachments.size'), render: (_: unknown, a: Attachment) => sizeText(a.size) },
    { key: 'createdAt', title: t('agreementsUi.attachments.uploadedAt'), render: (_: unknown, a: Attachment) => formatTimestamp(a.createdAt) },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_: unknown, a: Attachment) => (
        <Space wrap>
          <Button size="small" data-testid={`open-attachment-${a.id}`} onClick={() => void open(a)}>
            {t('agreementsUi.attachments.open')}
          </Button>
          {entityType === 'agreement' && !a.isSignedScan ? (
            <Button
              size="small"
              data-testid={`mark-signed-scan-${a.id}`}
              onClick={() => void act(async () => {
                await call('agreements:setSignedScan', { id: entityId, attachmentId: a.id });
                reload();
              })}
            >
              {t('agreementsUi.attachments.markSignedScan')}
            </Button>
          ) : null}
          <Popconfirm
            title={t('agreementsUi.attachments.deleteConfirm', { name: a.originalName })}
            okText={t('common.delete')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true, ...testId(`confirm-delete-attachment-${a.id}`) }}
            onConfirm={() => act(async () => {
              await call('attachments:delete', { id: a.id });
              reload();
            })}
          >
            <Button size="small" danger data-testid={`delete-attachment-${a.id}`}>
              {t('agreementsUi.attachments.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="agreement-attachments">
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      {actionError ? <ErrorAlert error={actionError} /> : null}
      <Flex gap={12} wrap align="end" style={{ marginBottom: 12 }}>
        <Form layout="vertical">
          <Form.Item label={t('agreementsUi.attachments.kind')} htmlFor="attachment-kind" style={{ marginBottom: 0, minWidth: 180 }}>
            <div data-testid="attachment-kind">
              <EnumSelect id="attachment-kind" enumName="attachmentKind" allowClear={false} value={kind} onChange={(k) => setKind(k)} />
            </div>
          </Form.Item>
        </Form>
        <Upload accept={ACCEPT} showUploadList={false} beforeUpload={beforeUpload} disabled={busy}>
          <Button icon={<UploadOutlined />} loading={busy} data-testid="choose-attachment">
            {t('agreementsUi.attachments.choose')}
          </Button>
        </Upload>
      </Flex>
      <div data-testid="attachment-dropzone" style={{ marginBottom: 12 }}>
        <Upload.Dragger accept={ACCEPT} multiple showUploadList={false} beforeUpload={beforeUpload} disabled={busy}>
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('agreementsUi.attachments.drop')}</p>
          <p className="ant-upload-hint">{t('agreementsUi.attachments.dropHint')}</p>
        </Upload.Dragger>
      </div>
      {/* A plain paragraph when empty: antd's empty-table text fails WCAG AA contrast. */}
      {data && data.length === 0 ? <p data-testid="attachment-list-empty">{t('agreementsUi.attachments.none')}</p> : (
      <Table<Attachment>
        data-testid="attachment-list"
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={data ?? []}
        onRow={(a) => ({ 'data-testid': `attachment-row-${a.id}` }) as Record<string, string>}
        columns={columns}
      />
      )}
    </div>
  );
}
