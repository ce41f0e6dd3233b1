import { Checkbox, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { EnumName } from '@shared/i18n';
import type { ValidationIssue } from '@shared/ipc/result';
import { fenToYuanString, tryYuanToFen } from '@shared/format/money';
import { DateField } from '../../components/DateField';
import { EnumSelect } from '../../components/EnumSelect';
import { AcademicYearSelect, AgreementPicker, ContactPicker, type KnownOption, MajorPicker, PartnerPicker, StaffPicker } from './pickers';

// Programme forms are described, not hand-written: each kind lists its fields and one
// renderer draws them with labelled, keyboard-usable controls. Values go through the
// kind's shared zod schema before they are sent, so the form and the core agree.

type PlainKind =
  | 'text'
  | 'textarea'
  | 'count'
  | 'percent'
  | 'days'
  | 'money'
  | 'date'
  | 'year'
  | 'bool'
  | 'partner'
  | 'partners'
  | 'major'
  | 'majors'
  | 'staff'
  | 'contact'
  | 'agreement';

/**
 * `help`: an i18n key shown under the control (e.g. what leaving an optional field empty means).
 * `hiddenWhen`: the field does not apply when another field has that value (a base the college
 * runs alone has no partner): it is not shown, not required, and sent empty.
 */
type FieldCommon = { name: string; label: string; required?: boolean; help?: string; hiddenWhen?: { field: string; value: string } };
export type FieldSpec =
  | (FieldCommon & { kind: PlainKind })
  | (FieldCommon & { kind: 'enum'; enumName: EnumName })
  | (FieldCommon & { kind: 'options'; options: readonly { value: string; labelKey: string }[] });

/** True when the field does not apply to these values (see `hiddenWhen`). */
export const isHidden = (field: FieldSpec, values: FormValues | undefined): boolean =>
  field.hiddenWhen !== undefined && values?.[field.hiddenWhen.field] === field.hiddenWhen.value;

export type FormValues = Record<string, unknown>;

/** Labels of ids a record already holds, so pickers show names before any search. */
export interface KnownOptions {
  partners: readonly KnownOption[];
  agreements: readonly KnownOption[];
}

/** A stored record as form values: money in 元, absent values as undefined. */
export function toFormValues(record: Readonly<Record<string, unknown>> | null, fields: readonly FieldSpec[]): FormValues {
  const values: FormValues = {};
  if (!record) return values;
  for (const f of fields) {
    const v = record[f.name];
    if (v === null || v === undefined) continue;
    values[f.name] = f.kind === 'money' && typeof v === 'number' ? Number(fenToYuanString(v)) : v;
  }
  return values;
}

/** Form values as a draft for the schema: '' is no value, 元 become fen (invalid amounts stay for the schema to reject). */
export function fromFormValues(values: FormValues, fields: readonly FieldSpec[]): FormValues {
  const draft: FormValues = {};
  for (const f of fields) {
    const v = isHidden(f, values) ? undefined : values[f.name];
    if (v === undefined || v === null || v === '') {
      draft[f.name] = f.kind === 'bool' ? false : f.kind === 'partners' || f.kind === 'majors' ? [] : f.kind === 'text' ? '' : null;
    } else if (f.kind === 'money' && (typeof v === 'number' || typeof v === 'string')) {
      draft[f.name] = tryYuanToFen(v) ?? -1;
    } else {
      draft[f.name] = v;
    }
  }
  return draft;
}

/** Required fields left empty, as 'required' issues (zod would say "wrong type" for a missing id). */
export function missingRequired(values: FormValues, fields: readonly FieldSpec[]): ValidationIssue[] {
  return fields
    .filter((f) => f.required && !isHidden(f, values))
    .filter((f) => {
      const v = values[f.name];
      return v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
    })
    .map((f) => ({ path: [f.name], message: 'required' }));
}

/**
 * The control for one field. Returned as a bare element so Form.Item can give it its id,
 * value and onChange (a wrapper component would swallow them).
 */
function controlFor(field: FieldSpec, known: KnownOptions, organisationId: string | undefined, t: TFunction) {
  switch (field.kind) {
    case 'textarea':
      return <Input.TextArea rows={2} maxLength={2000} />;
    case 'count':
      return <InputNumber min={0} precision={0} style={{ width: '100%' }} />;
    case 'percent':
      return <InputNumber min={0} max={100} precision={0} suffix="%" style={{ width: '100%' }} />;
    case 'days':
      return <InputNumber min={0} max={366} precision={0} style={{ width: '100%' }} />;
    case 'money':
      return <InputNumber min={0} precision={2} suffix="元" style={{ width: '100%' }} />;
    case 'date':
      return <DateField />;
    case 'year':
      return <AcademicYearSelect />;
    case 'partner':
      return <PartnerPicker known={known.partners} />;
    case 'partners':
      return <PartnerPicker known={known.partners} multiple />;
    case 'major':
      return <MajorPicker />;
    case 'majors':
      return <MajorPicker multiple />;
    case 'staff':
      return <StaffPicker />;
    case 'contact':
      return <ContactPicker organisationId={organisationId} />;
    case 'agreement':
      return <AgreementPicker organisationId={organisationId} known={known.agreements} />;
    case 'enum':
      return <EnumSelect enumName={field.enumName} />;
    case 'options':
      return <Select allowClear options={field.options.map((o) => ({ value: o.value, label: t(o.labelKey) }))} />;
    default:
      return <Input autoComplete="off" />;
  }
}

/** The described fields in a two-column grid, each with its label and a data-testid. */
export function ProgrammeFormFields({
  fields,
  known,
  form,
}: {
  fields: readonly FieldSpec[];
  known: KnownOptions;
  form: FormInstance<FormValues>;
}) {
  const { t } = useTranslation();
  const watched: unknown = Form.useWatch('organisationId', form);
  const organisationId = typeof watched === 'string' ? watched : undefined;
  // Only the fields that can hide others are watched (today: a base's kind).
  const kind: unknown = Form.useWatch('kind', form);
  return (
    <Row gutter={16}>
      {fields.filter((field) => !isHidden(field, { kind })).map((field) => (
        <Col xs={24} md={field.kind === 'textarea' || field.kind === 'partners' || field.kind === 'majors' ? 24 : 12} key={field.name}>
          <div data-testid={`field-${field.name}`}>
            {field.kind === 'bool' ? (
              <Form.Item name={field.name} valuePropName="checked">
                <Checkbox>{t(field.label)}</Checkbox>
              </Form.Item>
            ) : (
              <Form.Item
                name={field.name}
                label={t(field.label)}
                required={field.required ?? false}
                {...(field.help ? { extra: t(field.help) } : {})}
              >
                {controlFor(field, known, organisationId, t)}
              </Form.Item>
            )}
          </div>
        </Col>
      ))}
    </Row>
  );
}
