import { useState } from 'react';
import { Alert, App, Button, Checkbox, Flex, Form, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { Partner } from '@shared/domain/partner';
import type { ValidationIssue } from '@shared/ipc/result';
import { call, toAppError } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage, expectedUsccCheckChar, issueMessage } from '../../components/errorText';
import { clearFieldErrors, showIssuesOnForm } from '../../components/formIssues';
import { PageHeading } from '../../components/PageHeading';
import { usccFieldIssue } from '../../components/usccField';
import { useFormDirty, useLeaveGuard } from '../../components/useUnsavedGuard';
import { translator } from '../../i18n';
import { DuplicateWarning } from '../search/DuplicateWarning';
import { PartnerFormFields } from './PartnerFormFields';
import {
  NEW_PARTNER_VALUES,
  PARTNER_FORM_FIELDS,
  changedFields,
  checkPartnerForm,
  onIndustryPicker,
  partnerToFormValues,
  usccFailsCheck,
  type PartnerFormValues,
} from './partnerFormModel';
import { isUsccCheckFailure, usccConflictOf, type UsccConflict } from './partnerSaveErrors';

/** /partners/new and /partners/:id/edit. */
export function PartnerFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const existing = useChannel('partners:get', { id: id ?? '' }, { enabled: id !== undefined });

  if (id === undefined) return <PartnerForm />;
  if (existing.error) return <ErrorAlert error={existing.error} onRetry={existing.reload} />;
  if (!existing.data || existing.loading) return <Spin description={t('app.loading')} />;
  return <PartnerForm key={existing.data.id} original={existing.data} />;
}

function PartnerForm({ original }: { original?: Partner }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<PartnerFormValues>();
  const [saving, setSaving] = useState(false);
  const [formProblems, setFormProblems] = useState<string[]>([]);
  const [generalError, setGeneralError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<UsccConflict | null>(null);
  // The override is offered once the check character has failed (or was overridden before).
  const [offerOverride, setOfferOverride] = useState(original?.usccCheckOverridden ?? false);
  const uscc = Form.useWatch('uscc', form);
  const fullName = Form.useWatch('fullName', form);
  const initialValues = original ? partnerToFormValues(original) : NEW_PARTNER_VALUES;
  const guard = useLeaveGuard(useFormDirty(form, initialValues));

  const showIssues = (issues: readonly ValidationIssue[], expected?: string) => {
    // The core reports 门类/大类 problems on those fields; the form has one industry picker.
    const placed = issues.map((i) => ({ ...i, path: i.path.map(onIndustryPicker) }));
    const unplaced = showIssuesOnForm(form, placed, PARTNER_FORM_FIELDS, { expected });
    setFormProblems(unplaced.length > 0 ? unplaced : [t('partners.formInvalid')]);
  };

  const save = async (values: PartnerFormValues) => {
    setGeneralError(null);
    setConflict(null);
    const checked = checkPartnerForm({ ...form.getFieldsValue(true), ...values });
    if (!checked.ok) {
      if (checked.usccCheckFailed) setOfferOverride(true);
      showIssues(checked.issues, checked.usccCheckFailed?.expected);
      return;
    }
    setFormProblems([]);
    setSaving(true);
    try {
      const saved = original
        ? await call('partners:update', { id: original.id, patch: changedFields(checked.draft, original) })
        : await call('partners:create', checked.draft);
      void message.success(original ? t('common.saved') : t('partners.created', { name: saved.fullName }));
      guard.release();
      navigate(`/partners/${saved.id}`, { replace: true });
    } catch (e) {
      const error = toAppError(e);
      const duplicate = usccConflictOf(error);
      if (duplicate) {
        setConflict(duplicate);
        const key = duplicate.inTrash ? 'partners.uscc.conflictInTrash' : 'partners.uscc.conflict';
        form.setFields([{ name: 'uscc', errors: [t(key, { name: duplicate.existingName })] }]);
        form.scrollToField('uscc', { focus: true, block: 'center' });
        setFormProblems([errorMessage(translator, error)]);
      } else if (isUsccCheckFailure(error)) {
        setOfferOverride(true);
        const issues = error.issues.length > 0 ? error.issues : [{ path: ['uscc'], message: 'uscc.check' }];
        showIssues(issues, expectedUsccCheckChar(error.details, checked.draft.uscc));
      } else if (error.code === 'VALIDATION' && error.issues.length > 0) {
        showIssues(error.issues);
      } else {
        setGeneralError(error);
      }
    } finally {
      setSaving(false);
    }
  };

  const onValuesChange = (changed: Partial<PartnerFormValues>) => {
    clearFieldErrors(form, Object.keys(changed).filter((n) => n !== 'usccOverride'));
    setFormProblems([]);
    if ('uscc' in changed) {
      // A different code needs its own confirmation: the override is offered again only
      // after that code fails the check on save.
      setConflict(null);
      setOfferOverride(false);
      form.setFieldValue('usccOverride', false);
    }
    if (changed.usccOverride === true) form.setFields([{ name: 'uscc', errors: [], warnings: [t('partners.uscc.overridden')] }]);
  };

  // Checked on leaving the field with the save's own rule and message; a failing check
  // character offers the override there and then, as the save would.
  const onUsccBlur = () => {
    const found = usccFieldIssue(form.getFieldValue('uscc') as string | undefined, form.getFieldValue('usccOverride') === true);
    if (!found) return;
    if (found.expected !== undefined) setOfferOverride(true);
    form.setFields([{ name: 'uscc', errors: [issueMessage(translator, found.issue, { expected: found.expected })] }]);
  };

  const showOverride = offerOverride && usccFailsCheck(uscc);
  // Only rendered when there is something to say, so the field keeps its usual spacing.
  const usccExtra =
    showOverride || conflict ? (
      <>
        {showOverride ? (
          <Form.Item name="usccOverride" valuePropName="checked" noStyle>
            <Checkbox data-testid="uscc-override">{t('partners.uscc.override')}</Checkbox>
          </Form.Item>
        ) : null}
        {conflict ? (
          <div data-testid="uscc-conflict">
            {conflict.inTrash ? (
              <Link to="/trash?entityType=partner">{t('partners.uscc.openTrash')}</Link>
            ) : (
              <Link to={`/partners/${conflict.existingId}`} data-testid="uscc-conflict-link">
                {t('partners.uscc.openExisting')}
              </Link>
            )}
          </div>
        ) : null}
      </>
    ) : null;

  return (
    <>
      <PageHeading title={original ? t('partners.editTitle') : t('partners.newTitle')} />
      {generalError ? <ErrorAlert error={generalError} /> : null}
      {formProblems.length > 0 ? (
        <div data-testid="form-problems">
          <Alert type="error" showIcon role="alert" title={formProblems.join(' ')} style={{ marginBottom: 16 }} />
        </div>
      ) : null}
      <div data-testid="partner-form">
        <Form<PartnerFormValues>
          form={form}
          name="partner"
          layout="vertical"
          initialValues={initialValues}
          onFinish={(values) => void save(values)}
          onValuesChange={onValuesChange}
          style={{ maxWidth: 960 }}
        >
          <PartnerFormFields
            usccExtra={usccExtra}
            onUsccBlur={onUsccBlur}
            fullNameExtra={<DuplicateWarning fullName={fullName ?? ''} uscc={uscc ?? ''} {...(original ? { excludeId: original.id } : {})} />}
          />
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={saving} data-testid="save-partner">
              {t('common.save')}
            </Button>
            <Button data-testid="cancel-partner" onClick={() => navigate(original ? `/partners/${original.id}` : '/partners')}>
              {t('common.cancel')}
            </Button>
          </Flex>
        </Form>
      </div>
    </>
  );
}
