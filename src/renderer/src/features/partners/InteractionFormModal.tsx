import { useState } from 'react';
import { Alert, Col, Divider, Form, Input, Modal, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Interaction, InteractionPatch } from '@shared/domain/interaction';
import type { z } from 'zod';
import { call, toAppError } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { DateField } from '../../components/DateField';
import { EnumSelect } from '../../components/EnumSelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { clearFieldErrors, showIssuesOnForm, testId } from '../../components/formIssues';
import { useCloseGuard, useFormDirty } from '../../components/useUnsavedGuard';
import {
  changedInteractionFields,
  checkInteractionForm,
  INTERACTION_FORM_FIELDS,
  type InteractionFormValues,
  toFormValues,
} from '../capture/interactionFormModel';

interface InteractionFormModalProps {
  organisationId: string;
  /** Edit this record; without it the form adds a new one. */
  original?: Interaction | undefined;
  onClose: () => void;
  onSaved: () => void;
}

const half = { xs: 24, md: 12 } as const;
const third = { xs: 24, md: 8 } as const;

/** Adds or edits an interaction with every field: basics, 访企拓岗 (R4) and follow-up. Money in 元. */
export function InteractionFormModal({ organisationId, original, onClose, onSaved }: InteractionFormModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<InteractionFormValues>();
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const staff = useChannel('staff:list', { includeDeleted: true });
  const defaults = useChannel('capture:defaults', {}, { enabled: original === undefined });
  // A past visit may name someone who has since left: they stay shown on its edit form.
  const staffOptions = (staff.data ?? [])
    .filter((s) => s.deletedAt === null || s.id === original?.staffId)
    .map((s) => ({ value: s.id, label: s.title ? `${s.name}（${s.title}）` : s.name }));

  const save = async (values: InteractionFormValues) => {
    setError(null);
    const checked = checkInteractionForm(organisationId, { ...form.getFieldsValue(true), ...values });
    if (!checked.ok) {
      const unplaced = showIssuesOnForm(form, checked.issues, INTERACTION_FORM_FIELDS);
      form.setFields(checked.badMoney.map((name) => ({ name, errors: [t('capture.interaction.moneyInvalid')] })));
      setProblems(unplaced);
      return;
    }
    setProblems([]);
    setSaving(true);
    try {
      if (original) {
        const patch = changedInteractionFields(checked.draft, original) as z.input<typeof InteractionPatch>['patch'];
        await call('interactions:update', { id: original.id, patch });
      } else {
        await call('interactions:create', checked.draft);
      }
      onSaved();
    } catch (e) {
      const appError = toAppError(e);
      if (appError.code === 'VALIDATION' && appError.issues.length > 0) setProblems(showIssuesOnForm(form, appError.issues, INTERACTION_FORM_FIELDS));
      else setError(appError);
    } finally {
      setSaving(false);
    }
  };

  const text = (name: keyof InteractionFormValues, label: string, props: { type?: string; area?: boolean; required?: boolean } = {}) => (
    <Form.Item name={name} label={label} required={props.required ?? false}>
      {props.area ? (
        <Input.TextArea rows={3} maxLength={5000} data-testid={`interaction-${name}`} />
      ) : props.type === 'date' ? (
        <DateField data-testid={`interaction-${name}`} />
      ) : (
        <Input type={props.type} data-testid={`interaction-${name}`} autoComplete="off" />
      )}
    </Form.Item>
  );
  const f = (key: string) => t(`interactions.fields.${key}`);
  const c = (key: string) => t(`capture.interaction.fields.${key}`);
  const ready = original !== undefined || defaults.data !== undefined;
  const initialValues = original ? toFormValues(original) : { kind: 'visit' as const, date: defaults.data?.today };
  const dirty = useFormDirty(form, initialValues);
  // Until the form is shown there is nothing to lose.
  const close = useCloseGuard(ready ? dirty : undefined, onClose);

  return (
    <Modal
      open
      title={original ? t('capture.interaction.editTitle') : t('interactions.newTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={close}
      okButtonProps={testId('save-interaction')}
      width={800}
    >
      {error ? <ErrorAlert error={error} /> : null}
      {defaults.error ? <ErrorAlert error={defaults.error} onRetry={defaults.reload} /> : null}
      {problems.length > 0 ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <div data-testid="interaction-form">
        {ready ? (
          <Form<InteractionFormValues>
            form={form}
            name="interaction"
            layout="vertical"
            initialValues={initialValues}
            onFinish={(values) => void save(values)}
            onValuesChange={(changed: object) => clearFieldErrors(form, Object.keys(changed))}
          >
            <Divider titlePlacement="start">{t('capture.interaction.groups.basics')}</Divider>
            <Row gutter={16}>
              <Col {...third}>
                <Form.Item name="kind" label={f('kind')} required>
                  <EnumSelect enumName="interactionKind" allowClear={false} data-testid="interaction-kind-select" />
                </Form.Item>
              </Col>
              <Col {...third}>{text('date', f('date'), { type: 'date', required: true })}</Col>
              <Col {...third}>
                <Form.Item name="staffId" label={c('staffId')}>
                  <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={staffOptions} loading={staff.loading} data-testid="interaction-staffId" />
                </Form.Item>
              </Col>
              <Col {...third}>{text('staffTitle', c('staffTitle'))}</Col>
              <Col {...third}>{text('hostName', f('hostName'))}</Col>
              <Col {...third}>{text('hostTitle', f('hostTitle'))}</Col>
              <Col {...half}>{text('eventName', f('eventName'))}</Col>
              <Col {...half}>{text('location', f('location'))}</Col>
              <Col xs={24}>{text('summary', f('summary'), { area: true })}</Col>
            </Row>
            <Divider titlePlacement="start">{t('capture.interaction.groups.visit')}</Divider>
            <Row gutter={16}>
              <Col {...third}>{text('demandMajorCode', c('demandMajorCode'))}</Col>
              <Col {...third}>{text('demandMajorName', c('demandMajorName'))}</Col>
              <Col {...third}>
                <Form.Item name="demandMajorLevel" label={c('demandMajorLevel')}>
                  <EnumSelect enumName="majorLevel" />
                </Form.Item>
              </Col>
              <Col {...third}>{text('positionsOffered', c('positionsOffered'), { type: 'number' })}</Col>
              <Col {...third}>{text('averageSalaryYuan', c('averageSalaryYuan'))}</Col>
              <Col {...third}>{text('outcomeForm', c('outcomeForm'))}</Col>
              <Col {...third}>{text('internMajors', c('internMajors'))}</Col>
              <Col {...third}>{text('internCount', c('internCount'), { type: 'number' })}</Col>
              <Col {...third}>{text('internPayYuan', c('internPayYuan'))}</Col>
              <Col {...third}>{text('employMajors', c('employMajors'))}</Col>
              <Col {...third}>{text('employCount', c('employCount'), { type: 'number' })}</Col>
              <Col {...third}>{text('startingSalaryYuan', c('startingSalaryYuan'))}</Col>
              <Col xs={24}>{text('otherIntents', c('otherIntents'), { area: true })}</Col>
            </Row>
            <Divider titlePlacement="start">{t('capture.interaction.groups.followUp')}</Divider>
            <Row gutter={16}>
              <Col {...third}>{text('nextAction', f('nextAction'))}</Col>
              <Col {...third}>{text('followUpDate', f('followUpDate'), { type: 'date' })}</Col>
              <Col {...third}>{text('followUpDoneAt', c('followUpDoneAt'), { type: 'date' })}</Col>
            </Row>
          </Form>
        ) : null}
      </div>
    </Modal>
  );
}
