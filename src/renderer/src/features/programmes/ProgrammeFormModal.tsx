import { useState } from 'react';
import { Form } from 'antd';
import type { z } from 'zod';
import { toAppError } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { clearFieldErrors, showIssuesOnForm, zodIssues } from '../../components/formIssues';
import { useFormDirty } from '../../components/useUnsavedGuard';
import { type FieldSpec, type FormValues, type KnownOptions, fromFormValues, missingRequired, ProgrammeFormFields } from './programmeFields';

/**
 * Create or edit one programme record. The kind's shared draft schema checks the values
 * first (same messages as the core); the core's VALIDATION issues land on the same fields.
 */
export function ProgrammeFormModal<D>({
  title,
  fields,
  schema,
  initialValues,
  known,
  onSave,
  onClose,
  formTestId,
}: {
  title: string;
  fields: readonly FieldSpec[];
  schema: z.ZodType<D, unknown>;
  initialValues: FormValues;
  known: KnownOptions;
  onSave: (draft: D) => Promise<void>;
  onClose: () => void;
  formTestId: string;
}) {
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const names = fields.map((f) => f.name);
  const dirty = useFormDirty(form, initialValues);

  const save = async (values: FormValues) => {
    setError(null);
    const missing = missingRequired(values, fields);
    const parsed = schema.safeParse(fromFormValues(values, fields));
    if (!parsed.success || missing.length > 0) {
      const flagged = new Set(missing.map((i) => i.path[0]));
      const others = parsed.success ? [] : zodIssues(parsed.error).filter((i) => !flagged.has(i.path[0]));
      setProblems(showIssuesOnForm(form, [...missing, ...others], names));
      return;
    }
    setProblems([]);
    setSaving(true);
    try {
      await onSave(parsed.data);
    } catch (e) {
      const appError = toAppError(e);
      if (appError.code === 'VALIDATION' && appError.issues.length > 0) setProblems(showIssuesOnForm(form, appError.issues, names));
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
      saveTestId={'save-programme'}
      error={error}
      problems={problems}
      width={720}
      dirty={dirty}
    >
      <div data-testid={formTestId}>
        <Form<FormValues>
          form={form}
          name={formTestId}
          layout="vertical"
          initialValues={initialValues}
          onFinish={(values) => void save(values)}
          onValuesChange={(changed: object) => clearFieldErrors(form, Object.keys(changed))}
        >
          <ProgrammeFormFields fields={fields} known={known} form={form} />
        </Form>
      </div>
    </FormModal>
  );
}
