import { useState } from 'react';
import { App, Button, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Agreement } from '@shared/domain/agreement';
import { canRenew } from '@shared/domain/rules/agreementLifecycle';
import { call, toAppError } from '../../api/client';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { issueMessage } from '../../components/errorText';
import { testId } from '../../components/formIssues';
import { translator } from '../../i18n';
import { defaultRenewalEndDate } from './renewalDefaults';

/** "Renew": asks for the new end date (default: the same term again), then opens the new draft. */
export function RenewAgreementButton({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [endDate, setEndDate] = useState<string | null>(null);
  const [agreementNo, setAgreementNo] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [fieldProblem, setFieldProblem] = useState<string | null>(null);
  if (!canRenew(agreement.status)) return null;

  const start = () => {
    const suggested = defaultRenewalEndDate(agreement.startDate, agreement.endDate);
    setEndDate(suggested ?? null);
    setAgreementNo('');
    setError(null);
    setFieldProblem(null);
    setOpen(true);
  };

  const renew = async () => {
    if (!endDate) {
      setFieldProblem(t('fieldErrors.required'));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const renewal = await call('agreements:renew', {
        agreementId: agreement.id,
        newEndDate: endDate,
        ...(agreementNo.trim() ? { agreementNo: agreementNo.trim() } : {}),
      });
      void message.success(t('agreementsUi.renew.done'));
      setOpen(false);
      navigate(`/agreements/${renewal.id}`);
    } catch (e) {
      const appError = toAppError(e);
      const issue = appError.issues[0];
      if (issue) setFieldProblem(issueMessage(translator, issue));
      else setError(appError);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Button type="primary" data-testid="renew-agreement" onClick={start}>
        {t('agreementsUi.renew.button')}
      </Button>
      <Modal
        open={open}
        title={t('agreementsUi.renew.title')}
        okText={t('agreementsUi.renew.confirm')}
        cancelText={t('common.cancel')}
        confirmLoading={saving}
        okButtonProps={testId('confirm-renew')}
        onOk={() => void renew()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <p>{t('agreementsUi.renew.hint')}</p>
        {error ? <ErrorAlert error={error} /> : null}
        <Form layout="vertical">
          <Form.Item
            label={t('agreementsUi.renew.newEndDate')}
            htmlFor="renew-end-date"
            required
            {...(fieldProblem ? { validateStatus: 'error' as const, help: fieldProblem } : {})}
          >
            <DateField id="renew-end-date" data-testid="renew-end-date" value={endDate} onChange={setEndDate} />
          </Form.Item>
          <Form.Item label={t('agreementsUi.renew.newAgreementNo')} htmlFor="renew-agreement-no">
            <Input id="renew-agreement-no" data-testid="renew-agreement-no" maxLength={60} value={agreementNo} onChange={(e) => setAgreementNo(e.target.value)} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
