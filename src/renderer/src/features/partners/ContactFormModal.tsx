import { useState } from 'react';
import { Alert, Checkbox, Col, Form, Input, Modal, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { ContactDraft, type Contact } from '@shared/domain/contact';
import { call, toAppError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { clearFieldErrors, showIssuesOnForm, testId, zodIssues } from '../../components/formIssues';
import { useCloseGuard, useFormDirty } from '../../components/useUnsavedGuard';

const CONTACT_FIELDS = ['name', 'title', 'department', 'mobile', 'phone', 'email', 'wechat', 'isPrimary', 'isPartTimeTeacher', 'notes'] as const;
const TEXT_FIELDS = ['name', 'title', 'department', 'mobile', 'phone', 'email', 'wechat'] as const;

type ContactValues = Partial<Record<(typeof TEXT_FIELDS)[number] | 'notes', string | null>> & {
  isPrimary?: boolean;
  isPartTimeTeacher?: boolean;
};

function toValues(c: Contact | null): ContactValues {
  if (!c) return { isPrimary: false, isPartTimeTeacher: false };
  const { organisationId: _org, id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...values } = c;
  return values;
}

/** Add or edit one contact; phone and email are checked by the shared ContactDraft schema. */
export function ContactFormModal({
  organisationId,
  contact,
  open,
  onClose,
  onSaved,
}: {
  organisationId: string;
  contact: Contact | null;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ContactValues>();
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const close = useCloseGuard(useFormDirty(form, toValues(contact)), onClose);

  const save = async (values: ContactValues) => {
    setError(null);
    const parsed = ContactDraft.safeParse({ ...values, organisationId });
    if (!parsed.success) {
      setProblems(showIssuesOnForm(form, zodIssues(parsed.error), CONTACT_FIELDS));
      return;
    }
    setProblems([]);
    setSaving(true);
    try {
      if (contact) {
        const { organisationId: _org, ...patch } = parsed.data;
        await call('contacts:update', { id: contact.id, patch });
      } else {
        await call('contacts:create', parsed.data);
      }
      onSaved();
    } catch (e) {
      const appError = toAppError(e);
      if (appError.code === 'VALIDATION' && appError.issues.length > 0) {
        setProblems(showIssuesOnForm(form, appError.issues, CONTACT_FIELDS));
      } else {
        setError(appError);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={contact ? t('contacts.editTitle') : t('contacts.newTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={close}
      okButtonProps={testId('save-contact')}
      destroyOnHidden
      width={640}
    >
      {error ? <ErrorAlert error={error} /> : null}
      {problems.length > 0 ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <div data-testid="contact-form">
        <Form<ContactValues>
          form={form}
          name="contact"
          layout="vertical"
          initialValues={toValues(contact)}
          onFinish={(values) => void save(values)}
          onValuesChange={(changed: object) => clearFieldErrors(form, Object.keys(changed))}
        >
          <Row gutter={16}>
            {TEXT_FIELDS.map((name) => (
              <Col xs={24} md={12} key={name}>
                <div data-testid={`field-${name}`}>
                  <Form.Item name={name} label={t(`contacts.fields.${name}`)} required={name === 'name'}>
                    <Input
                      autoComplete="off"
                      {...(name === 'mobile' || name === 'phone' ? { inputMode: 'tel' as const } : {})}
                      {...(name === 'email' ? { inputMode: 'email' as const } : {})}
                    />
                  </Form.Item>
                </div>
              </Col>
            ))}
            <Col xs={24}>
              <Form.Item name="isPrimary" valuePropName="checked" noStyle>
                <Checkbox>{t('contacts.fields.isPrimary')}</Checkbox>
              </Form.Item>
              <Form.Item name="isPartTimeTeacher" valuePropName="checked" noStyle>
                <Checkbox>{t('contacts.fields.isPartTimeTeacher')}</Checkbox>
              </Form.Item>
            </Col>
            <Col xs={24} style={{ marginTop: 16 }}>
              <Form.Item name="notes" label={t('contacts.fields.notes')}>
                <Input.TextArea rows={2} maxLength={2000} />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </div>
    </Modal>
  );
}
