import { useState } from 'react';
import { App, Button, Flex, Popconfirm, Space, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DocumentClause } from '@shared/domain/document';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { testId } from '../../components/formIssues';
import { ClauseListEditor } from './ClauseListEditor';

interface Props {
  agreementId: string;
  templateId: string;
  /** The clauses now in effect (the agreement's own, or the template's). */
  clauses: DocumentClause[];
  overridden: boolean;
  onChanged: () => void;
}

/** The agreement's own wording of the template's clauses: edit, save, reset to the template. */
export function AgreementClausesSection({ agreementId, templateId, clauses, overridden, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [draft, setDraft] = useState<DocumentClause[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const act = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      setDraft(null);
      void message.success(done);
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={8} data-testid="agreement-clauses">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text data-testid="clauses-state">{overridden ? t('documents.clauses.overridden') : t('documents.clauses.fromTemplate')}</Typography.Text>
        <Space wrap>
          {draft === null ? (
            <Button icon={<EditOutlined />} data-testid="edit-clauses" onClick={() => setDraft(clauses.map((c) => ({ ...c })))}>
              {t('documents.clauses.edit')}
            </Button>
          ) : null}
          {overridden ? (
            <Popconfirm
              title={t('documents.clauses.resetConfirm')}
              okText={t('documents.clauses.reset')}
              cancelText={t('common.cancel')}
              okButtonProps={testId('confirm-reset-clauses')}
              onConfirm={() => act(() => call('documents:resetClauses', { agreementId, templateId }), t('documents.clauses.resetDone'))}
            >
              <Button data-testid="reset-clauses" disabled={busy}>
                {t('documents.clauses.reset')}
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      </Flex>
      {error ? <ErrorAlert error={error} /> : null}
      {draft !== null ? (
        <>
          <ClauseListEditor idPrefix="agreement-clause" value={draft} onChange={setDraft} />
          <Space>
            <Button
              type="primary"
              loading={busy}
              data-testid="save-clauses"
              onClick={() => void act(() => call('documents:saveClauses', { agreementId, templateId, clauses: draft }), t('documents.clauses.saved'))}
            >
              {t('documents.clauses.save')}
            </Button>
            <Button data-testid="cancel-clauses" onClick={() => setDraft(null)}>
              {t('documents.clauses.cancel')}
            </Button>
          </Space>
        </>
      ) : null}
    </Flex>
  );
}
