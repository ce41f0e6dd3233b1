import { useState } from 'react';
import { App, Button, Form, Input, Modal } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '@shared/domain/agreement';
import type { AGREEMENT_STATUSES } from '@shared/domain/enums';
import { allowedTransitions } from '@shared/domain/rules/agreementLifecycle';
import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { testId } from '../../components/formIssues';
import { useEnumLabel } from '../../components/useEnumLabel';

type Status = (typeof AGREEMENT_STATUSES)[number];

/**
 * One button per status the rules allow next; each asks for confirmation ('terminated' also for
 * the day it ended, which the reports count it until, and a reason). An empty date is today on
 * the core's clock, so the renderer's clock never decides it.
 */
export function AgreementStatusActions({ agreement, onChanged }: { agreement: Agreement; onChanged: () => void }) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const { message } = App.useApp();
  const [target, setTarget] = useState<Status | null>(null);
  const [reason, setReason] = useState('');
  const [terminatedOn, setTerminatedOn] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const targets = allowedTransitions(agreement.status);

  const close = () => {
    setTarget(null);
    setReason('');
    setTerminatedOn(null);
    setError(null);
  };

  const confirm = async () => {
    if (!target) return;
    setSaving(true);
    setError(null);
    try {
      const termination = { reason, ...(terminatedOn ? { terminatedOn } : {}) };
      await call('agreements:transition', { id: agreement.id, to: target, ...(target === 'terminated' ? termination : {}) });
      void message.success(t('agreementsUi.status.changed', { status: enumLabel('agreementStatus', target) }));
      close();
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      {targets.map((to) => (
        <Button key={to} danger={to === 'terminated'} data-testid={`transition-${to}`} onClick={() => setTarget(to)}>
          {t('agreementsUi.status.to', { status: enumLabel('agreementStatus', to) })}
        </Button>
      ))}
      <Modal
        open={target !== null}
        title={target ? t('agreementsUi.status.confirmTitle', { status: enumLabel('agreementStatus', target) }) : ''}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={saving}
        okButtonProps={{ danger: target === 'terminated', ...testId('confirm-transition') }}
        onOk={() => void confirm()}
        onCancel={close}
        destroyOnHidden
      >
        <p>{t('agreementsUi.status.confirmText')}</p>
        {error ? <ErrorAlert error={error} /> : null}
        {target === 'terminated' ? (
          <Form layout="vertical">
            <Form.Item label={t('agreementsUi.status.terminatedOn')} htmlFor="terminate-date">
              <DateField
                id="terminate-date"
                data-testid="terminate-date"
                value={terminatedOn}
                placeholder={t('agreementsUi.status.terminatedOnDefault')}
                disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                onChange={setTerminatedOn}
              />
            </Form.Item>
            <Form.Item label={t('agreementsUi.status.reason')} htmlFor="terminate-reason">
              <Input.TextArea id="terminate-reason" data-testid="terminate-reason" rows={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
            </Form.Item>
          </Form>
        ) : null}
      </Modal>
    </>
  );
}
