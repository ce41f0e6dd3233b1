import { useState } from 'react';
import { majorOptions } from '@shared/domain/rules/majorLabel';
import { Alert, App, Button, Checkbox, Col, Flex, Form, type FormInstance, Input, InputNumber, Row, Select, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import type { Agreement } from '@shared/domain/agreement';
import type { ValidationIssue } from '@shared/ipc/result';
import { call, toAppError } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { DateField } from '../../components/DateField';
import { EnumSelect } from '../../components/EnumSelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { issueMessage } from '../../components/errorText';
import { PageHeading } from '../../components/PageHeading';
import { useFormDirty, useLeaveGuard } from '../../components/useUnsavedGuard';
import { translator } from '../../i18n';
import {
  agreementToFormValues,
  checkAgreementForm,
  formNameOf,
  newAgreementValues,
  type AgreementFormValues,
} from './agreementFormModel';
import { ObligationsEditor } from './ObligationsEditor';
import { PartiesEditor } from './PartiesEditor';

/** /agreements/new (optionally ?organisationId= from a partner page) and /agreements/:id/edit. */
export function AgreementFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const existing = useChannel('agreements:get', { id: id ?? '' }, { enabled: id !== undefined });

  if (id === undefined) return <AgreementForm />;
  if (existing.error) return <ErrorAlert error={existing.error} onRetry={existing.reload} />;
  if (!existing.data || existing.loading) return <Spin description={t('app.loading')} />;
  return <AgreementForm key={existing.data.id} original={existing.data} />;
}

const col = { xs: 24, md: 12, lg: 8 };

function AgreementForm({ original }: { original?: Agreement }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [form] = Form.useForm<AgreementFormValues>();
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [generalError, setGeneralError] = useState<unknown>(null);
  const orgUnits = useChannel('orgUnits:list', { includeDeleted: false });
  const majors = useChannel('majors:list', { includeDeleted: false });
  const partyCount = (Form.useWatch('parties', form) ?? []).length;
  const f = (key: string) => t(`agreementsUi.fields.${key}`);
  const partnerId = searchParams.get('organisationId') ?? undefined;
  const initialValues = original ? agreementToFormValues(original) : newAgreementValues(partnerId);
  const guard = useLeaveGuard(useFormDirty(form, initialValues));

  const showIssues = (issues: readonly ValidationIssue[]) => {
    const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
    const unplaced: string[] = [];
    for (const issue of issues) {
      const text = issueMessage(translator, issue);
      const name = formNameOf(issue.path);
      // List-level problems (2–4 parties, role order) have no single cell: they go above the form.
      if (name === null || (name.length === 1 && (name[0] === 'parties' || name[0] === 'obligations'))) {
        if (!unplaced.includes(text)) unplaced.push(text);
        continue;
      }
      const key = name.join('.');
      const entry = byField.get(key) ?? { name, errors: [] };
      if (!entry.errors.includes(text)) entry.errors.push(text);
      byField.set(key, entry);
    }
    // Cell paths like ['parties', 2, 'displayName'] are plain arrays; the untyped instance takes them.
    const untyped: Pick<FormInstance, 'setFields' | 'scrollToField'> = form;
    untyped.setFields([...byField.values()].map(({ name, errors }) => ({ name, errors })));
    const first = [...byField.values()][0];
    if (first) untyped.scrollToField(first.name, { focus: true, block: 'center' });
    setProblems([t('agreementsUi.form.invalid'), ...unplaced]);
  };

  const save = async () => {
    setGeneralError(null);
    const checked = checkAgreementForm(form.getFieldsValue(true) as AgreementFormValues);
    if (!checked.ok) return showIssues(checked.issues);
    setProblems([]);
    setSaving(true);
    try {
      const { majorIds, parties, obligations, ...fields } = checked.draft;
      const saved = original
        ? await call('agreements:update', { id: original.id, patch: { ...fields, majorIds: majorIds ?? [], parties, obligations: obligations ?? [] } })
        : await call('agreements:create', checked.draft);
      void message.success(original ? t('common.saved') : t('agreementsUi.created', { title: saved.title }));
      guard.release();
      navigate(`/agreements/${saved.id}`, { replace: true });
    } catch (e) {
      const error = toAppError(e);
      if ((error.code === 'VALIDATION' || error.code === 'CONFLICT') && error.issues.length > 0) showIssues(error.issues);
      else setGeneralError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <PageHeading title={original ? t('agreementsUi.editTitle') : t('agreementsUi.newTitle')} testId="agreement-form-title" />
      {generalError ? <ErrorAlert error={generalError} /> : null}
      {problems.length > 0 ? (
        <div data-testid="form-problems">
          <Alert type="error" showIcon role="alert" title={problems.join(' ')} style={{ marginBottom: 16 }} />
        </div>
      ) : null}
      <div data-testid="agreement-form">
        <Form<AgreementFormValues>
          form={form}
          name="agreement"
          layout="vertical"
          initialValues={initialValues}
          onFinish={() => void save()}
          onValuesChange={() => setProblems([])}
          style={{ maxWidth: 1100 }}
        >
          <Row gutter={16}>
            <Col {...col}>
              <Form.Item name="title" label={f('title')} required>
                <Input data-testid="agreement-title-input" maxLength={200} />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item name="agreementNo" label={f('agreementNo')}>
                <Input data-testid="agreement-no-input" maxLength={60} />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item name="type" label={f('type')} required>
                <EnumSelect enumName="agreementType" data-testid="agreement-type-input" />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item name="orgUnitId" label={f('orgUnit')}>
                <Select allowClear showSearch={{ optionFilterProp: 'label' }} loading={orgUnits.loading} options={(orgUnits.data ?? []).map((u) => ({ value: u.id, label: u.name }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={24} lg={16}>
              <Form.Item name="majorIds" label={f('majors')}>
                <Select
                  mode="multiple"
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={majors.loading}
                  options={majorOptions(majors.data ?? [])}
                />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item name="signDate" label={f('signDate')}>
                <DateField data-testid="agreement-sign-date" />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item name="startDate" label={f('startDate')}>
                <DateField data-testid="agreement-start-date" />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item name="endDate" label={f('endDate')}>
                <DateField data-testid="agreement-end-date-input" />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item name="amountYuan" label={f('amount')}>
                <Input inputMode="decimal" data-testid="agreement-amount" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6} lg={4}>
              <Form.Item name="noticeDays" label={f('noticeDays')}>
                <InputNumber min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6} lg={4}>
              <Form.Item name="autoRenew" valuePropName="checked" label={f('autoRenew')}>
                <Checkbox data-testid="agreement-auto-renew" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6} lg={4}>
              <Form.Item name="copiesTotal" label={f('copiesTotal')}>
                <InputNumber min={1} max={20} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6} lg={4}>
              <Form.Item name="copiesEach" label={f('copiesEach')}>
                <InputNumber min={1} max={20} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <h2>{t('agreementsUi.sections.parties')}</h2>
          <PartiesEditor />
          <h2>{t('agreementsUi.sections.obligations')}</h2>
          <ObligationsEditor partyCount={partyCount} />
          <Form.Item name="notes" label={f('notes')}>
            <Input.TextArea rows={3} maxLength={5000} />
          </Form.Item>
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={saving} data-testid="save-agreement">
              {t('common.save')}
            </Button>
            <Button data-testid="cancel-agreement" onClick={() => navigate(original ? `/agreements/${original.id}` : '/agreements')}>
              {t('agreementsUi.form.cancel')}
            </Button>
          </Flex>
        </Form>
      </div>
    </>
  );
}
