import { useState } from 'react';
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { EnumName } from '@shared/i18n';
import { toAppError } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { EnumSelect } from '../../components/EnumSelect';
import { FormModal } from '../../components/FormModal';
import { clearFieldErrors, showIssuesOnForm, zodIssues } from '../../components/formIssues';
import { useFormDirty } from '../../components/useUnsavedGuard';

export type FieldSpec =
  | { name: string; type: 'text'; required?: boolean }
  | { name: string; type: 'enum'; enumName: EnumName; required?: boolean }
  | { name: string; type: 'orgUnit'; topLevelOnly?: boolean }
  /** 所属专业 of a 专业方向: live 专业 only (directions are one level deep). */
  | { name: string; type: 'parentMajor'; excludeId?: string };

export type FormValues = Record<string, string | null | undefined>;

/** Live org units as select options (the parent picker offers only top-level units). */
function OrgUnitSelect({ id, value, onChange, topLevelOnly }: { id?: string; value?: string | null; onChange?: (v: string | null) => void; topLevelOnly?: boolean }) {
  const { data } = useChannel('orgUnits:list', { includeDeleted: false });
  const options = (data ?? []).filter((u) => !topLevelOnly || u.parentId === null).map((u) => ({ value: u.id, label: u.name }));
  return (
    <Select<string>
      id={id}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      options={options}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
    />
  );
}

/**
 * Live 专业 (not directions) as options. Picking one fills an empty 专业代码 with the 专业's
 * code: a direction normally carries its 专业's code.
 */
function ParentMajorSelect({ id, value, onChange, excludeId }: { id?: string; value?: string | null; onChange?: (v: string | null) => void; excludeId?: string }) {
  const { data } = useChannel('majors:list', { includeDeleted: false });
  const form = Form.useFormInstance<FormValues>();
  const majors = (data ?? []).filter((m) => m.parentMajorId === null && m.id !== excludeId);
  return (
    <Select<string>
      id={id}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      options={majors.map((m) => ({ value: m.id, label: `${m.code} ${m.name}` }))}
      value={value ?? undefined}
      onChange={(v) => {
        const parent = majors.find((m) => m.id === v);
        if (parent && !form.getFieldValue('code')) form.setFieldsValue({ code: parent.code, level: parent.level });
        onChange?.(v ?? null);
      }}
    />
  );
}

/**
 * Create or edit one master-data record (unit, major, staff member). The draft schema is
 * the shared one, so the form checks what the core checks; the core's answer wins.
 */
export function ReferenceFormModal<S extends z.ZodType>({
  title,
  labelPrefix,
  fields,
  schema,
  initialValues,
  onSave,
  onClose,
  testIdPrefix,
}: {
  title: string;
  labelPrefix: string;
  fields: readonly FieldSpec[];
  schema: S;
  initialValues: FormValues;
  onSave: (draft: z.output<S>) => Promise<unknown>;
  onClose: () => void;
  testIdPrefix: string;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const names = fields.map((f) => f.name);
  const dirty = useFormDirty(form, initialValues);

  const save = async (values: FormValues) => {
    setError(null);
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      setProblems(showIssuesOnForm(form, zodIssues(parsed.error), names));
      return;
    }
    setProblems([]);
    setSaving(true);
    try {
      await onSave(parsed.data);
    } catch (e) {
      const appError = toAppError(e);
      if (appError.issues.length > 0) setProblems(showIssuesOnForm(form, appError.issues, names));
      else setError(appError);
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormModal
      title={title}
      saving={saving}
      onSubmit={() => form.submit()}
      onClose={onClose}
      saveTestId={`save-${testIdPrefix}`}
      error={error}
      problems={problems}
      dirty={dirty}
    >
      <div data-testid={`${testIdPrefix}-form`}>
        <Form<FormValues>
          form={form}
          name={testIdPrefix}
          layout="vertical"
          initialValues={initialValues}
          onFinish={(values) => void save(values)}
          onValuesChange={(changed: object) => clearFieldErrors(form, Object.keys(changed))}
        >
          {fields.map((f) => (
            <div key={f.name} data-testid={`${testIdPrefix}-field-${f.name}`}>
              <Form.Item name={f.name} label={t(`${labelPrefix}.${f.name}`)} required={'required' in f && f.required === true}>
                {f.type === 'text' ? (
                  <Input autoComplete="off" />
                ) : f.type === 'enum' ? (
                  <EnumSelect enumName={f.enumName} />
                ) : f.type === 'parentMajor' ? (
                  <ParentMajorSelect {...(f.excludeId ? { excludeId: f.excludeId } : {})} />
                ) : (
                  <OrgUnitSelect topLevelOnly={f.topLevelOnly === true} />
                )}
              </Form.Item>
            </div>
          ))}
        </Form>
      </div>
    </FormModal>
  );
}
