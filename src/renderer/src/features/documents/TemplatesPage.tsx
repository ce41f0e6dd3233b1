import { useState } from 'react';
import { App, Button, Form, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { DOCUMENT_KINDS, type DocumentKind } from '@shared/domain/document';
import type { TemplateSummary } from '@shared/domain/documentIpc';
import { call } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { EmptyState } from '../../components/EmptyState';
import { fitTable } from '../../components/EllipsisCell';
import { ErrorAlert } from '../../components/ErrorAlert';
import { COLUMN_WIDTH } from '../../components/tableColumns';
import { testId } from '../../components/formIssues';
import { PageHeading } from '../../components/PageHeading';

/** /documents/templates: built-in (read-only) and the user's own templates; copy, edit, delete. */
export function TemplatesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [kind, setKind] = useState<DocumentKind | undefined>(undefined);
  const [actionError, setActionError] = useState<unknown>(null);
  const { data, error, loading, reload } = useChannel('documents:templates', kind ? { kind } : {});

  const act = async (work: () => Promise<void>) => {
    setActionError(null);
    try {
      await work();
    } catch (e) {
      setActionError(e);
    }
  };

  const copy = (tpl: TemplateSummary) =>
    act(async () => {
      const created = await call('documents:copyTemplate', { id: tpl.id });
      void message.success(t('documents.templates.copied', { name: created.name }));
      navigate(`/documents/templates/${created.id}`);
    });

  return (
    <div data-testid="templates-page">
      <PageHeading title={t('documents.templates.title')} />
      <p>{t('documents.templates.readOnly')}</p>
      <Form layout="inline" style={{ marginBottom: 12 }}>
        <Form.Item label={t('documents.templates.filterKind')} htmlFor="template-kind-filter">
          <Select
            id="template-kind-filter"
            style={{ minWidth: 260 }}
            value={kind ?? 'all'}
            onChange={(v: string) => setKind(v === 'all' ? undefined : (v as DocumentKind))}
            options={[{ value: 'all', label: t('documents.templates.allKinds') }, ...DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`documents.kinds.${k}`) }))]}
          />
        </Form.Item>
      </Form>
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      {actionError ? <ErrorAlert error={actionError} /> : null}
      <Table<TemplateSummary>
        data-testid="template-list"
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={data ?? []}
        // Built-in templates exist for every kind: an empty list can only come from the kind filter.
        locale={{ emptyText: loading ? <span /> : <EmptyState title={t('emptyState.noMatch')} filtered onClearFilters={() => setKind(undefined)} testId="templates-empty" /> }}
        onRow={(tpl) => ({ 'data-testid': `template-row-${tpl.id}` }) as Record<string, string>}
        {...fitTable<TemplateSummary>([
          {
            key: 'name',
            title: t('documents.templates.name'),
            width: COLUMN_WIDTH.name + 100,
            render: (_: unknown, tpl) => (
              <Space>
                <span>{tpl.name}</span>
                {tpl.builtIn ? <Tag>{t('documents.builtIn')}</Tag> : null}
              </Space>
            ),
          },
          { key: 'kind', title: t('documents.templates.kind'), width: COLUMN_WIDTH.text + 20, ellipsis: true, render: (_: unknown, tpl) => t(`documents.kinds.${tpl.kind}`) },
          { key: 'lang', title: t('documents.templates.language'), width: COLUMN_WIDTH.count + 30, render: (_: unknown, tpl) => (tpl.lang === 'zh-CN' ? t('documents.langZh') : t('documents.langEn')) },
          { key: 'version', title: t('documents.templates.version'), width: COLUMN_WIDTH.count, render: (_: unknown, tpl) => `v${tpl.version}` },
          {
            key: 'actions',
            title: t('documents.templates.actions'),
            width: COLUMN_WIDTH.actions + 30,
            render: (_: unknown, tpl) => (
              <Space wrap>
                <Button size="small" data-testid={`copy-template-${tpl.id}`} onClick={() => void copy(tpl)}>
                  {t('documents.templates.copy')}
                </Button>
                {tpl.builtIn ? null : (
                  <>
                    <Button size="small" data-testid={`edit-template-${tpl.id}`} onClick={() => navigate(`/documents/templates/${tpl.id}`)}>
                      {t('documents.templates.edit')}
                    </Button>
                    <Popconfirm
                      title={t('documents.templates.deleteConfirm', { name: tpl.name })}
                      okText={t('common.delete')}
                      cancelText={t('common.cancel')}
                      okButtonProps={{ danger: true, ...testId(`confirm-delete-template-${tpl.id}`) }}
                      onConfirm={() =>
                        act(async () => {
                          await call('documents:deleteTemplate', { id: tpl.id });
                          void message.success(t('documents.templates.deleted'));
                          reload();
                        })
                      }
                    >
                      <Button size="small" danger data-testid={`delete-template-${tpl.id}`}>
                        {t('documents.templates.delete')}
                      </Button>
                    </Popconfirm>
                  </>
                )}
              </Space>
            ),
          },
        ])}
      />
    </div>
  );
}
