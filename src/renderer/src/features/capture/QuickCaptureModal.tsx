import { type KeyboardEvent, useRef, useState } from 'react';
import { majorOptions as majorPickerOptions } from '@shared/domain/rules/majorLabel';
import { Alert, Button, Checkbox, Col, Flex, Form, Input, Modal, Row, Select, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CaptureResult } from '@shared/domain/capture';
import type { ValidationIssue } from '@shared/ipc/result';
import { call, toAppError } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/DateField';
import { errorMessage, expectedUsccCheckChar, issueMessage } from '../../components/errorText';
import { usccFieldIssue } from '../../components/usccField';
import { clearFieldErrors, showIssuesOnForm } from '../../components/formIssues';
import { translator } from '../../i18n';
import { usccFailsCheck } from '../partners/partnerFormModel';
import { isUsccCheckFailure, usccConflictOf } from '../partners/partnerSaveErrors';
import { CloseConfirm, DraftOffer } from './CaptureDraftParts';
import { draftLabel } from './captureDraft';
import { CAPTURE_FORM_FIELDS, type CaptureFormValues, checkCaptureForm, issuesOnFormFields } from './captureFormModel';
import { type CaptureFieldKind, captureKeyAction } from './captureKeys';
import { useCaptureDraft } from './useCaptureDraft';
import { type PartnerTypeaheadRef, type PickedPartner, PartnerTypeahead } from './PartnerTypeahead';

const half = { xs: 24, md: 12 } as const;
/** The <form> id (antd gives the form its name): the footer's save button submits it from outside. */
const FORM_ID = 'capture';

/** Which kind of field a key press came from (captureKeys.ts decides what it does). */
const isDateBox = (target: EventTarget): target is HTMLInputElement =>
  target instanceof HTMLInputElement && target.dataset['testid'] === 'capture-followUpDate';

function fieldKindOf(target: EventTarget, majorsOpen: boolean, followUpDate: unknown): CaptureFieldKind {
  if (!(target instanceof HTMLElement)) return 'text';
  if (target instanceof HTMLTextAreaElement) return 'multiline';
  // The date picker: a typed date not yet taken takes Enter first (the picker commits it); once
  // the box shows the form's date, Enter saves.
  if (isDateBox(target)) return target.value === (typeof followUpDate === 'string' ? followUpDate : '') ? 'picker' : 'pickerOpen';
  if (target.closest('[data-testid="capture-majors"]')) return majorsOpen ? 'pickerOpen' : 'picker';
  if (target instanceof HTMLInputElement && target.type === 'checkbox') return 'picker';
  return 'text';
}

/**
 * One keyboard-only form per trade-fair visitor: Tab moves on, Enter saves from every one-line
 * field and Ctrl+Enter from the note (capture:save, one transaction). After a save the form
 * clears and the cursor is back in the partner box. Closing a half-typed entry asks first; an
 * unsaved entry is kept as a draft and offered again on the next opening. The body scrolls
 * between a fixed title and footer, so the save button stays visible in a 768-pixel window.
 */
export function QuickCaptureModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CaptureFormValues>();
  const partnerRef = useRef<PartnerTypeaheadRef>(null);
  const [picked, setPicked] = useState<PickedPartner | null>(null);
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [offerOverride, setOfferOverride] = useState(false);
  const [lastSaved, setLastSaved] = useState<CaptureResult | null>(null);
  // Closed after each pick: an open list would take the next Tab as another (toggling) pick.
  const [majorsOpen, setMajorsOpen] = useState(false);
  const defaults = useChannel('capture:defaults', {});
  const majors = useChannel('majors:list', { includeDeleted: false });
  const partnerText = Form.useWatch('partnerText', form) ?? '';
  const uscc = Form.useWatch('uscc', form);

  const followUpDefault = defaults.data?.followUpDate;
  const majorOptions = majorPickerOptions(majors.data ?? []);
  const draft = useCaptureDraft({
    form,
    picked,
    setPicked,
    followUpDefault,
    onClose,
    focusPartner: () => partnerRef.current?.focus(),
  });
  const savingRef = useRef(false);

  const onKeyDownCapture = (e: KeyboardEvent<HTMLDivElement>) => {
    const kind = fieldKindOf(e.target, majorsOpen, form.getFieldValue('followUpDate'));
    const action = captureKeyAction(
      { key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, shiftKey: e.shiftKey, isComposing: e.nativeEvent.isComposing },
      kind,
    );
    if (action !== 'save') {
      // The picker takes the typed date; the browser must not also submit the form with the old one.
      if (e.key === 'Enter' && kind === 'pickerOpen' && isDateBox(e.target)) e.preventDefault();
      return;
    }
    e.preventDefault();
    e.stopPropagation();
    form.submit();
  };

  // Checked on leaving the field, with the save's rule and message (as on the partner form).
  const onUsccBlur = () => {
    const found = usccFieldIssue(form.getFieldValue('uscc') as string | undefined, form.getFieldValue('usccOverride') === true);
    if (!found) return;
    if (found.expected !== undefined) setOfferOverride(true);
    // Not showIssuesOnForm: that focuses the field, and the Tab that left it must land on the next one.
    form.setFields([{ name: 'uscc', errors: [issueMessage(translator, found.issue, { expected: found.expected })] }]);
  };

  const showIssues = (issues: readonly ValidationIssue[], expected?: string) => {
    const unplaced = showIssuesOnForm(form, issues, CAPTURE_FORM_FIELDS, { expected });
    setProblems(unplaced.length > 0 ? unplaced : [t('capture.formInvalid')]);
  };

  const startNext = (saved: CaptureResult) => {
    setLastSaved(saved);
    draft.saved();
    setPicked(null);
    setOfferOverride(false);
    form.resetFields();
    form.setFieldsValue({ followUpDate: followUpDefault });
    partnerRef.current?.focus();
  };

  const save = async (values: CaptureFormValues) => {
    // Enter and Ctrl+Enter can arrive again while the first save is running.
    if (savingRef.current) return;
    setError(null);
    const checked = checkCaptureForm({ ...form.getFieldsValue(true), ...values }, picked?.id ?? null);
    if (!checked.ok) {
      if (checked.usccExpected !== undefined) setOfferOverride(true);
      showIssues(checked.issues, checked.usccExpected);
      return;
    }
    setProblems([]);
    savingRef.current = true;
    setSaving(true);
    try {
      startNext(await call('capture:save', checked.input));
    } catch (e) {
      const appError = toAppError(e);
      const twin = usccConflictOf(appError);
      if (twin) {
        form.setFields([{ name: 'uscc', errors: [t('partners.uscc.conflict', { name: twin.existingName })] }]);
        setProblems([errorMessage(translator, appError)]);
      } else if (isUsccCheckFailure(appError)) {
        setOfferOverride(true);
        showIssues([{ path: ['uscc'], message: 'uscc.check' }], expectedUsccCheckChar(appError.details, checked.input.uscc));
      } else if (appError.code === 'VALIDATION' && appError.issues.length > 0) {
        showIssues(issuesOnFormFields(appError.issues));
      } else {
        setError(appError);
      }
    } finally {
      savingRef.current = false;
      setSaving(false);
    }
  };

  const onValuesChange = (changed: Partial<CaptureFormValues>, all: CaptureFormValues) => {
    draft.remember({ values: all, picked });
    clearFieldErrors(form, Object.keys(changed).filter((n) => n !== 'usccOverride'));
    setProblems([]);
    if ('uscc' in changed) {
      setOfferOverride(false);
      form.setFieldValue('usccOverride', false);
    }
  };

  const isNew = picked === null;
  const name = partnerText.trim();
  const partnerState = picked
    ? t('capture.partnerState.existing', { name: picked.name })
    : name
      ? t('capture.partnerState.new', { name })
      : t('capture.fields.partnerPlaceholder');

  return (
    <Modal
      open
      title={t('capture.modal.title')}
      width={760}
      style={{ top: 16, paddingBottom: 0 }}
      styles={{ body: { maxHeight: 'calc(100vh - 170px)', overflowY: 'auto', overflowX: 'hidden', paddingRight: 4 } }}
      onCancel={draft.requestClose}
      footer={
        <Flex gap={8} justify="end" data-testid="capture-footer">
          <Button onClick={draft.requestClose} data-testid="capture-close">
            {t('capture.modal.close')}
          </Button>
          <Button
            type="primary"
            htmlType="submit"
            form={FORM_ID}
            loading={saving}
            disabled={followUpDefault === undefined}
            data-testid="capture-save"
          >
            {t('capture.modal.save')}
          </Button>
        </Flex>
      }
      afterOpenChange={(open) => {
        if (open) partnerRef.current?.focus();
      }}
      destroyOnHidden
    >
      {/* Capture phase: decides Enter before antd's pickers swallow it (captureKeys.ts). */}
      <div data-testid="capture-form" onKeyDownCapture={onKeyDownCapture}>
        <Typography.Paragraph type="secondary">{t('capture.modal.hint')}</Typography.Paragraph>
        {draft.offered ? <DraftOffer label={draftLabel(draft.offered)} onRestore={draft.restoreOffered} onDiscard={draft.discardOffered} /> : null}
        {lastSaved ? (
          <Alert
            type="success"
            showIcon
            role="status"
            data-testid="capture-saved"
            style={{ marginBottom: 16 }}
            title={
              <span>
                {t(lastSaved.partnerCreated ? 'capture.modal.savedNew' : 'capture.modal.saved', { name: lastSaved.partner.fullName })}{' '}
                <Link to={`/partners/${lastSaved.partner.id}`} onClick={onClose} data-testid="capture-open-partner">
                  {t('capture.modal.openPartner')}
                </Link>
              </span>
            }
          />
        ) : null}
        {error ? <ErrorAlert error={error} /> : null}
        {problems.length > 0 ? <Alert type="error" showIcon role="alert" title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
        {defaults.error ? <ErrorAlert error={defaults.error} onRetry={defaults.reload} /> : null}
        {/* The follow-up default comes from the core's clock: the form waits for it. */}
        {followUpDefault === undefined ? <Spin description={t('app.loading')} /> : (
        <Form<CaptureFormValues>
          form={form}
          name={FORM_ID}
          layout="vertical"
          initialValues={{ followUpDate: followUpDefault }}
          onFinish={(values) => void save(values)}
          onValuesChange={onValuesChange}
        >
          <Form.Item
            name="partnerText"
            label={t('capture.fields.partner')}
            extra={<span data-testid="capture-partner-state" aria-live="polite">{partnerState}</span>}
          >
            <PartnerTypeahead
              ref={partnerRef}
              autoFocus
              picked={picked}
              onPick={(partner) => {
                setPicked(partner);
                draft.remember({ values: form.getFieldsValue(true) as CaptureFormValues, picked: partner });
              }}
            />
          </Form.Item>
          {isNew ? (
            <Form.Item
              name="uscc"
              label={t('capture.fields.uscc')}
              extra={
                offerOverride && usccFailsCheck(uscc) ? (
                  <Form.Item name="usccOverride" valuePropName="checked" noStyle>
                    <Checkbox data-testid="capture-uscc-override">{t('capture.fields.usccOverride')}</Checkbox>
                  </Form.Item>
                ) : undefined
              }
            >
              <Input data-testid="capture-uscc" autoComplete="off" onBlur={onUsccBlur} />
            </Form.Item>
          ) : null}
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item name="contactName" label={t('capture.fields.contactName')} extra={isNew ? undefined : t('capture.contactOptional')}>
                <Input data-testid="capture-contactName" autoComplete="off" />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="contactTitle" label={t('capture.fields.contactTitle')}>
                <Input data-testid="capture-contactTitle" autoComplete="off" />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="contactMobile" label={t('capture.fields.contactMobile')}>
                <Input data-testid="capture-contactMobile" inputMode="tel" autoComplete="off" />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="contactEmail" label={t('capture.fields.contactEmail')}>
                <Input data-testid="capture-contactEmail" type="email" autoComplete="off" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="notes" label={t('capture.fields.notes')}>
            <Input.TextArea data-testid="capture-notes" rows={3} maxLength={5000} aria-keyshortcuts="Control+Enter" />
          </Form.Item>
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item name="majorIds" label={t('capture.fields.majorIds')}>
                <Select
                  mode="multiple"
                  data-testid="capture-majors"
                  options={majorOptions}
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={majors.loading}
                  open={majorsOpen}
                  onOpenChange={setMajorsOpen}
                  onSelect={() => setMajorsOpen(false)}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="positions" label={t('capture.fields.positions')}>
                <Input data-testid="capture-positions" autoComplete="off" />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="internCount" label={t('capture.fields.internCount')}>
                <Input data-testid="capture-internCount" type="number" min={0} step={1} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="followUpDate" label={t('capture.fields.followUpDate')}>
                <DateField data-testid="capture-followUpDate" />
              </Form.Item>
            </Col>
          </Row>
        </Form>
        )}
      </div>
      {draft.confirmingClose ? (
        <CloseConfirm onKeep={draft.closeKeeping} onDiscard={draft.closeDiscarding} onBack={draft.backToForm} />
      ) : null}
    </Modal>
  );
}
