import { useState } from 'react';
import { Button, Flex, Form, Select, Spin, Tag } from 'antd';
import { ArrowLeftOutlined, SettingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { DocumentLang } from '@shared/domain/document';
import { useChannel } from '../../api/useChannel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeading } from '../../components/PageHeading';
import { AgreementClausesSection } from './AgreementClausesSection';
import { DocumentFieldsSection } from './DocumentFieldsSection';
import { DocumentPaper } from './DocumentPaper';
import { ExportButtons } from './ExportButtons';
import { GeneratedVersions } from './GeneratedVersions';
import { MissingFields } from './MissingFields';

/** /agreements/:id/document: template and language, missing fields, their inputs, export, versions, clauses, preview. */
export function DocumentPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  // The document language starts as the UI language and is chosen per document.
  const [lang, setLang] = useState<DocumentLang>(i18n.language === 'en-US' ? 'en-US' : 'zh-CN');
  const [templateId, setTemplateId] = useState<string | undefined>(undefined);
  const [generatedKey, setGeneratedKey] = useState(0);
  const templates = useChannel('documents:templates', { agreementId: id, lang });
  const preview = useChannel('documents:preview', templateId ? { agreementId: id, templateId, lang } : { agreementId: id, lang });
  const p = preview.data;

  const changeLang = (next: DocumentLang) => {
    setLang(next);
    setTemplateId(undefined);
  };

  return (
    <div data-testid="document-page">
      <PageHeading
        title={p ? t('documents.pageTitle', { title: p.model.title }) : t('documents.title')}
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} data-testid="back-to-agreement" onClick={() => navigate(`/agreements/${id}`)}>
              {t('documents.backToAgreement')}
            </Button>
            <Button icon={<SettingOutlined />} onClick={() => navigate('/documents/templates')}>
              {t('documents.templates.manage')}
            </Button>
          </>
        }
      />
      <Form layout="inline" style={{ marginBottom: 12, rowGap: 8 }}>
        <Form.Item label={t('documents.template')} htmlFor="document-template">
          <Select
            id="document-template"
            data-testid="document-template"
            style={{ minWidth: 280 }}
            loading={templates.loading}
            value={p?.template.id}
            onChange={(v: string) => setTemplateId(v)}
            options={(templates.data ?? []).map((tpl) => ({
              value: tpl.id,
              label: `${tpl.name}${tpl.builtIn ? ` · ${t('documents.builtIn')}` : ` · v${tpl.version}`}`,
            }))}
          />
        </Form.Item>
        <Form.Item label={t('documents.language')} htmlFor="document-lang">
          <Select
            id="document-lang"
            data-testid="document-lang"
            style={{ minWidth: 160 }}
            value={lang}
            onChange={changeLang}
            options={[
              { value: 'zh-CN', label: t('documents.langZh') },
              { value: 'en-US', label: t('documents.langEn') },
            ]}
          />
        </Form.Item>
      </Form>
      {preview.error ? <ErrorAlert error={preview.error} onRetry={preview.reload} /> : null}
      {!p ? (
        <Spin description={t('app.loading')} />
      ) : (
        <Flex vertical gap={16}>
          <MissingFields missing={p.missing} agreementId={id} model={p.model} />
          <section aria-labelledby="document-fields-heading">
            <h2 id="document-fields-heading">{t('documents.fields.heading')}</h2>
            <DocumentFieldsSection key={`${p.template.id}-${p.lang}`} agreementId={id} view={{ body: p.body, model: p.model, lang: p.lang }} onSaved={preview.reload} />
          </section>
          <section aria-labelledby="document-export-heading">
            <h2 id="document-export-heading">{t('documents.export.heading')}</h2>
            <ExportButtons agreementId={id} templateId={p.template.id} lang={lang} missing={p.missing} onGenerated={() => setGeneratedKey((k) => k + 1)} />
          </section>
          <section aria-labelledby="document-versions-heading">
            <h2 id="document-versions-heading">{t('documents.versions.heading')}</h2>
            <GeneratedVersions key={generatedKey} agreementId={id} />
          </section>
          <section aria-labelledby="document-clauses-heading">
            <h2 id="document-clauses-heading">{t('documents.clauses.heading')}</h2>
            <AgreementClausesSection
              key={`${p.template.id}-${String(p.clausesOverridden)}`}
              agreementId={id}
              templateId={p.template.id}
              clauses={p.body.clauses}
              overridden={p.clausesOverridden}
              onChanged={preview.reload}
            />
          </section>
          <section aria-labelledby="document-preview-heading">
            <h2 id="document-preview-heading">
              {t('documents.preview')} <Tag>{p.template.builtIn ? t('documents.builtIn') : t('documents.versionTag', { version: p.template.version })}</Tag>
            </h2>
            <DocumentPaper label={t('documents.previewLabel')} input={{ body: p.body, values: p.values, model: p.model, lang: p.lang }} />
          </section>
        </Flex>
      )}
    </div>
  );
}
