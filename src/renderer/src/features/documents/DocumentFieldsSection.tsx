import { useMemo, useState } from 'react';
import { App, Button, Col, Form, type FormInstance, Input, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { checkFieldValue, MAX_FIELD_VALUE } from '@shared/documents/documentFields';
import type { PartyRole } from '@shared/documents/documentModel';
import { call, toAppError } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { issueMessage } from '../../components/errorText';
import { useEnumLabel } from '../../components/useEnumLabel';
import { translator } from '../../i18n';
import { contactInputId, type DocumentView, type FieldsFormValues, fieldLabel, initialFieldsValues, pageInputs, toSaveInput, typedInputId } from './documentFieldsModel';

const col = { xs: 24, md: 12, lg: 8 };

/**
 * 文书填写项: what the template needs that no record holds (培养人数, 实习岗位 …) and, per
 * partner party, which of its contacts the document names (its main contact unless chosen).
 * Saved with the agreement; the preview and the missing list follow on save.
 */
export function DocumentFieldsSection({ agreementId, view, onSaved }: { agreementId: string; view: DocumentView; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const enumLabel = useEnumLabel();
  const [form] = Form.useForm<FieldsFormValues>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const inputs = useMemo(() => pageInputs(view), [view]);
  const initial = useMemo(() => initialFieldsValues(view), [view]);

  if (inputs.typed.length === 0 && inputs.contactRoles.length === 0) {
    return <Typography.Paragraph data-testid="document-fields-none">{t('documents.fields.none')}</Typography.Paragraph>;
  }

  const save = async () => {
    setError(null);
    setSaving(true);
    try {
      await call('documents:saveFields', toSaveInput(agreementId, view, form.getFieldsValue(true) as FieldsFormValues));
      void message.success(t('documents.fields.saved'));
      onSaved();
    } catch (e) {
      const appError = toAppError(e);
      const placed = appError.issues.filter((i) => (i.path[0] === 'values' || i.path[0] === 'contacts') && i.path.length === 2);
      // Issue paths are ['values', field] / ['contacts', role]: plain arrays, which the untyped instance takes.
      const untyped: Pick<FormInstance, 'setFields'> = form;
      untyped.setFields(placed.map((i) => ({ name: [String(i.path[0]), String(i.path[1])], errors: [issueMessage(translator, i)] })));
      if (placed.length === 0) setError(appError);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Typography.Paragraph type="secondary">{t('documents.fields.hint')}</Typography.Paragraph>
      {error ? <ErrorAlert error={error} /> : null}
      <Form<FieldsFormValues> form={form} layout="vertical" initialValues={initial} onFinish={() => void save()} data-testid="document-fields" style={{ maxWidth: 1100 }}>
        <Row gutter={16}>
          {inputs.contactRoles.map((role) => {
            const party = view.model.parties.find((p) => p.role === role);
            if (!party?.organisationId) return null;
            return (
              <Col key={role} {...col}>
                <Form.Item name={['contacts', role]} label={t('documents.fields.contact', { role: enumLabel('partyRole', role) })} htmlFor={contactInputId(role)} extra={t('documents.fields.contactHint')}>
                  <PartyContactSelect id={contactInputId(role)} role={role} organisationId={party.organisationId} />
                </Form.Item>
              </Col>
            );
          })}
          {inputs.typed.map((field) => (
            <Col key={field} {...col}>
              <Form.Item
                name={['values', field]}
                label={fieldLabel(field, i18n.language)}
                htmlFor={typedInputId(field)}
                validateTrigger="onBlur"
                rules={[
                  {
                    validator: (_rule, value: string | undefined) => {
                      const key = checkFieldValue(field, value ?? '');
                      return key ? Promise.reject(new Error(t(`fieldErrors.${key}`))) : Promise.resolve();
                    },
                  },
                ]}
              >
                <Input id={typedInputId(field)} data-testid={`doc-field-${field}`} maxLength={MAX_FIELD_VALUE} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="save-document-fields">
          {t('documents.fields.save')}
        </Button>
      </Form>
    </>
  );
}

/** The partner's live contacts, main contact first; with none, a link to add one. */
function PartyContactSelect({ id, role, organisationId, value, onChange }: { id: string; role: PartyRole; organisationId: string; value?: string; onChange?: (v: string) => void }) {
  const { t } = useTranslation();
  const contacts = useChannel('contacts:list', { organisationId, pageSize: 200 });
  const items = [...(contacts.data?.items ?? [])].sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary));
  if (contacts.data && items.length === 0) {
    return (
      <Typography.Text id={id} tabIndex={-1} data-testid={`doc-contact-none-${role}`}>
        {t('documents.fields.noContacts')} <Link to={`/partners/${organisationId}`}>{t('documents.fields.addContact')}</Link>
      </Typography.Text>
    );
  }
  return (
    <Select
      id={id}
      data-testid={`doc-contact-${role}`}
      loading={contacts.loading}
      value={value}
      onChange={onChange}
      placeholder={t('documents.fields.choose')}
      options={items.map((c) => ({
        value: c.id,
        label: `${c.name}${c.title ? `（${c.title}）` : ''}${c.isPrimary ? ` · ${t('documents.fields.primary')}` : ''}`,
      }))}
    />
  );
}
