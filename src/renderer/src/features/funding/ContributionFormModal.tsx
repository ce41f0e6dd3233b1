import { useState } from 'react';
import { Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Contribution, ContributionDraft } from '@shared/domain/funding';
import { fenToYuanString } from '@shared/format/money';
import { call, toAppError } from '../../api/client';
import { DateField } from '../../components/DateField';
import { EnumSelect } from '../../components/EnumSelect';
import { FormModal } from '../../components/FormModal';
import { clearFieldErrors, showIssuesOnForm, zodIssues } from '../../components/formIssues';
import { useFormDirty } from '../../components/useUnsavedGuard';
import { MajorPicker, PartnerPicker } from '../courses/Pickers';
import { AgreementPicker } from './AgreementPicker';
import { fenFromYuanText, renameIssuePaths } from './moneyForm';

const FIELDS = ['organisationId', 'kind', 'items', 'valueYuan', 'traineePersonDays', 'date', 'target', 'agreementId', 'majorId'] as const;
type Values = Partial<Record<(typeof FIELDS)[number], string | null>>;

function toValues(c: Contribution | null): Values {
  if (!c) return { kind: 'donated_equipment' };
  return {
    organisationId: c.organisationId,
    kind: c.kind,
    items: c.items,
    valueYuan: c.valueFen === null ? null : fenToYuanString(c.valueFen),
    traineePersonDays: c.traineePersonDays === null ? null : String(c.traineePersonDays),
    date: c.date,
    target: c.target,
    agreementId: c.agreementId,
    majorId: c.majorId,
  };
}

/** The agreement's major when it covers exactly one: what R1 would use, offered as the default. */
async function singleMajorOf(agreementId: string): Promise<string | null> {
  try {
    const agreement = await call('agreements:get', { id: agreementId });
    return agreement.majorIds.length === 1 ? (agreement.majorIds[0] ?? null) : null;
  } catch {
    return null; // no default is fine: the field stays empty and the hint says what that means
  }
}

/** What a partner put in: a value in 元, or person-days for employee training. */
export function ContributionFormModal({ contribution, onClose, onSaved }: { contribution: Contribution | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? contribution?.kind ?? 'donated_equipment';
  const inPersonDays = kind === 'employee_training';
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const dirty = useFormDirty(form, toValues(contribution));
  const label = (name: string) => t(`admin.funding.contributions.fields.${name}`);
  const show = (issues: Parameters<typeof renameIssuePaths>[0]) =>
    setProblems(showIssuesOnForm(form, renameIssuePaths(issues, 'valueFen', 'valueYuan'), FIELDS));

  const save = async (values: Values) => {
    setError(null);
    const valueFen = inPersonDays ? null : fenFromYuanText(values.valueYuan);
    if (valueFen === undefined) {
      form.setFields([{ name: 'valueYuan', errors: [t('admin.funding.txns.amountInvalid')] }]);
      return;
    }
    const days = values.traineePersonDays?.trim();
    const traineePersonDays = inPersonDays && days ? (/^\d+$/.test(days) ? Number(days) : -1) : null;
    const { valueYuan: _v, ...rest } = values;
    const parsed = ContributionDraft.safeParse({ ...rest, valueFen, traineePersonDays });
    if (!parsed.success) {
      show(zodIssues(parsed.error));
      return;
    }
    setProblems([]);
    setSaving(true);
    try {
      if (contribution) await call('contributions:update', { id: contribution.id, patch: parsed.data });
      else await call('contributions:create', parsed.data);
      onSaved();
    } catch (e) {
      const appError = toAppError(e);
      if (appError.issues.length > 0) show(appError.issues);
      else setError(appError);
    } finally {
      setSaving(false);
    }
  };

  const text = (name: (typeof FIELDS)[number], extra: { placeholder?: string; inputMode?: 'decimal' | 'numeric' } = {}) => (
    <Form.Item name={name} label={label(name)}>
      <Input autoComplete="off" data-testid={`contribution-${name}`} {...extra} />
    </Form.Item>
  );

  return (
    <FormModal
      title={contribution ? t('admin.funding.contributions.editTitle') : t('admin.funding.contributions.newTitle')}
      saving={saving}
      onSubmit={() => form.submit()}
      onClose={onClose}
      saveTestId={'save-contribution'}
      error={error}
      problems={problems}
      width={640}
      dirty={dirty}
    >
      <Form<Values>
        form={form}
        name="contribution"
        layout="vertical"
        initialValues={toValues(contribution)}
        onFinish={(values) => void save(values)}
        onValuesChange={(changed: Values) => {
          clearFieldErrors(form, Object.keys(changed));
          // Choosing an agreement that covers one major fills an empty 专业; a chosen one is never replaced.
          const agreementId = changed.agreementId;
          if (agreementId && !form.getFieldValue('majorId')) {
            void singleMajorOf(agreementId).then((majorId) => {
              if (majorId && !form.getFieldValue('majorId') && form.getFieldValue('agreementId') === agreementId) {
                form.setFieldValue('majorId', majorId);
              }
            });
          }
        }}
        data-testid="contribution-form"
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="organisationId" label={label('organisationId')} required>
              <PartnerPicker testId="contribution-partner" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="kind" label={label('kind')} required>
              <EnumSelect enumName="contributionKind" allowClear={false} />
            </Form.Item>
          </Col>
          <Col xs={24}>{text('items')}</Col>
          <Col xs={24} md={12}>
            {inPersonDays ? text('traineePersonDays', { inputMode: 'numeric' }) : text('valueYuan', { inputMode: 'decimal', placeholder: '0.00' })}
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="date" label={label('date')} required>
              <DateField data-testid="contribution-date" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>{text('target')}</Col>
          <Col xs={24} md={12}>
            <Form.Item name="agreementId" label={label('agreementId')}>
              <AgreementPicker id="contribution-agreementId" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="majorId" label={label('majorId')} extra={t('admin.funding.contributions.majorHint')}>
              <MajorPicker id="contribution-majorId" testId="contribution-majorId" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
}
