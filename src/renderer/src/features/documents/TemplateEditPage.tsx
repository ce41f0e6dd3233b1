import { useCallback, useState } from 'react';
import { Alert, App, Button, Col, Flex, Input, List, Row, Spin } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { TemplateBody } from '@shared/domain/document';
import type { TemplateDetail } from '@shared/domain/documentIpc';
import { call } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTimestamp } from '../../components/formatDate';
import { PageHeading } from '../../components/PageHeading';
import { useLeaveGuard } from '../../components/useUnsavedGuard';
import { ClauseListEditor } from './ClauseListEditor';
import { DocumentPaper } from './DocumentPaper';
import { emptyModel } from './sampleModel';

/** /documents/templates/:id: edit a user template; every save is a new version. */
export function TemplateEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [viewVersion, setViewVersion] = useState<number | undefined>(undefined);
  const { data, error, reload } = useChannel('documents:template', viewVersion ? { id, version: viewVersion } : { id });
  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (!data) return <Spin description={t('app.loading')} />;
  // Keyed by the version shown: switching versions or saving starts a fresh draft.
  return <TemplateEditor key={`${data.id}-${data.version}-${data.shownVersion}`} template={data} onView={setViewVersion} onSaved={() => { setViewVersion(undefined); reload(); }} />;
}

function TemplateEditor({ template, onView, onSaved }: { template: TemplateDetail; onView: (v: number | undefined) => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [name, setName] = useState(template.name);
  const [body, setBody] = useState<TemplateBody>(template.body);
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const readOnly = template.builtIn || template.shownVersion !== template.version;
  // Leaving with an edited name or text asks first; a save remounts the editor on the new version.
  useLeaveGuard(
    useCallback(() => !readOnly && (name !== template.name || JSON.stringify(body) !== JSON.stringify(template.body)), [readOnly, name, body, template]),
  );

  const save = async () => {
    setBusy(true);
    setSaveError(null);
    try {
      const saved = await call('documents:saveTemplate', { id: template.id, name, body });
      void message.success(t('documents.templateEdit.saved', { version: saved.version }));
      onSaved();
    } catch (e) {
      setSaveError(e);
    } finally {
      setBusy(false);
    }
  };

  const field = (key: 'title' | 'preamble' | 'closing', label: string, rows: number) => (
    <Flex vertical gap={4}>
      <label htmlFor={`template-${key}`}>{label}</label>
      <Input.TextArea id={`template-${key}`} data-testid={`template-${key}`} readOnly={readOnly} autoSize={{ minRows: rows, maxRows: 10 }} value={body[key]} onChange={(e) => setBody({ ...body, [key]: e.target.value })} />
    </Flex>
  );

  return (
    <div data-testid="template-edit-page">
      <PageHeading
        title={t('documents.templateEdit.title', { name: template.name })}
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/documents/templates')}>
              {t('documents.templateEdit.back')}
            </Button>
            {readOnly ? null : (
              <Button type="primary" loading={busy} data-testid="save-template" onClick={() => void save()}>
                {t('documents.templateEdit.save')}
              </Button>
            )}
          </>
        }
      />
      {template.builtIn ? <Alert type="info" showIcon title={t('documents.templates.readOnly')} style={{ marginBottom: 12 }} /> : null}
      {template.shownVersion !== template.version ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('documents.templateEdit.viewing', { version: template.shownVersion })}
          action={<Button size="small" onClick={() => onView(undefined)}>{t('documents.templateEdit.viewCurrent')}</Button>}
        />
      ) : null}
      {saveError ? <ErrorAlert error={saveError} /> : null}
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Flex vertical gap={12}>
            <Flex vertical gap={4}>
              <label htmlFor="template-name">{t('documents.templateEdit.name')}</label>
              <Input id="template-name" data-testid="template-name" readOnly={readOnly} maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
            </Flex>
            {field('title', t('documents.templateEdit.docTitle'), 1)}
            {field('preamble', t('documents.templateEdit.preamble'), 3)}
            <h2>{t('documents.templateEdit.clauses')}</h2>
            <ClauseListEditor idPrefix="template-clause" value={body.clauses} onChange={(clauses) => setBody({ ...body, clauses })} />
            {field('closing', t('documents.templateEdit.closing'), 2)}
            <section aria-labelledby="template-versions-heading">
              <h2 id="template-versions-heading">{t('documents.templateEdit.versions')}</h2>
              <List
                size="small"
                data-testid="template-versions"
                dataSource={template.versions}
                renderItem={(v) => (
                  <List.Item
                    actions={[
                      v.version === template.shownVersion ? (
                        <span key="shown">{v.version === template.version ? t('documents.templateEdit.current') : ''}</span>
                      ) : (
                        <Button key="view" size="small" onClick={() => onView(v.version === template.version ? undefined : v.version)}>
                          {t('documents.templateEdit.view')}
                        </Button>
                      ),
                    ]}
                  >
                    {`v${v.version} · ${v.name} · ${formatTimestamp(v.createdAt)}`}
                  </List.Item>
                )}
              />
            </section>
          </Flex>
        </Col>
        <Col xs={24} xl={12}>
          <DocumentPaper label={t('documents.previewLabel')} input={{ body, values: {}, model: emptyModel(template.kind), lang: template.lang }} />
        </Col>
      </Row>
    </div>
  );
}
