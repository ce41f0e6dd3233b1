import { useState } from 'react';
import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { type FundingTxn, FundingTxnDraft } from '@shared/domain/funding';
import { fenToYuanString } from '@shared/format/money';
import { call, toAppError } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { DateField } from '../../components/DateField';
import { EnumSelect } from '../../components/EnumSelect';
import { FormModal } from '../../components/FormModal';
import { clearFieldErrors, showIssuesOnForm, zodIssues } from '../../components/formIssues';
import { useFormDirty } from '../../components/useUnsavedGuard';
import { AgreementPicker } from './AgreementPicker';
import { fenFromYuanText, renameIssuePaths } from './moneyForm';

const FIELDS = ['sourceId', 'direction', 'amountYuan', 'date', 'voucherNo', 'agreementId', 'summary'] as const;
type Values = Partial<Record<(typeof FIELDS)[number], string | null>>;

function toValues(txn: FundingTxn | null): Values {
  if (!txn) return { direction: 'in' };
  return {
    sourceId: txn.sourceId,
    direction: txn.direction,
    amountYuan: fenToYuanString(txn.amountFen),
    date: txn.date,
    voucherNo: txn.voucherNo,
    agreementId: txn.agreementId,
    summary: txn.summary,
  };
}

/** One funding transaction; the amount is typed in 元 and stored as integer 分. */
export function FundingTxnFormModal({ txn, onClose, onSaved }: { txn: FundingTxn | null; onClose: () => void; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const sources = useChannel('fundingSources:list', { trashed: false });
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const dirty = useFormDirty(form, toValues(txn));
  const label = (name: string) =>
    i18n.exists(`admin.funding.txns.fields.${name}`) ? t(`admin.funding.txns.fields.${name}`) : t(`funding.fields.${name}`);

  const save = async (values: Values) => {
    setError(null);
    const amountFen = fenFromYuanText(values.amountYuan);
    if (amountFen === undefined) {
      form.setFields([{ name: 'amountYuan', errors: [t('admin.funding.txns.amountInvalid')] }]);
      return;
    }
    const { amountYuan: _yuan, ...rest } = values;
    const parsed = FundingTxnDraft.safeParse({ ...rest, amountFen });
    if (!parsed.success) {
      setProblems(showIssuesOnForm(form, renameIssuePaths(zodIssues(parsed.error), 'amountFen', 'amountYuan'), FIELDS));
      return;
    }
    setProblems([]);
    setSaving(true);
    try {
      if (txn) await call('fundingTxns:update', { id: txn.id, patch: parsed.data });
      else await call('fundingTxns:create', parsed.data);
      onSaved();
    } catch (e) {
      const appError = toAppError(e);
      if (appError.issues.length > 0) setProblems(showIssuesOnForm(form, renameIssuePaths(appError.issues, 'amountFen', 'amountYuan'), FIELDS));
      else setError(appError);
    } finally {
      setSaving(false);
    }
  };

  const text = (name: (typeof FIELDS)[number], extra: { placeholder?: string; inputMode?: 'decimal' } = {}) => (
    <Form.Item name={name} label={label(name)} required={name === 'amountYuan'}>
      <Input autoComplete="off" data-testid={`txn-${name}`} {...extra} />
    </Form.Item>
  );

  return (
    <FormModal
      title={txn ? t('admin.funding.txns.editTitle') : t('admin.funding.txns.newTitle')}
      saving={saving}
      onSubmit={() => form.submit()}
      onClose={onClose}
      saveTestId={'save-txn'}
      error={error}
      problems={problems}
      width={640}
      dirty={dirty}
    >
      <Form<Values>
        form={form}
        name="txn"
        layout="vertical"
        initialValues={toValues(txn)}
        onFinish={(values) => void save(values)}
        onValuesChange={(changed: object) => clearFieldErrors(form, Object.keys(changed))}
        data-testid="txn-form"
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="sourceId" label={label('sourceId')} required>
              <Select<string>
                data-testid="txn-sourceId"
                showSearch={{ optionFilterProp: 'label' }}
                options={(sources.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="direction" label={label('direction')} required>
              <EnumSelect enumName="fundingDirection" allowClear={false} data-testid="txn-direction" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>{text('amountYuan', { inputMode: 'decimal', placeholder: '0.00' })}</Col>
          <Col xs={24} md={12}>
            <Form.Item name="date" label={label('date')} required>
              <DateField data-testid="txn-date" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>{text('voucherNo')}</Col>
          <Col xs={24} md={12}>
            <Form.Item name="agreementId" label={label('agreementId')}>
              <AgreementPicker />
            </Form.Item>
          </Col>
          <Col xs={24}>{text('summary')}</Col>
        </Row>
      </Form>
    </FormModal>
  );
}
