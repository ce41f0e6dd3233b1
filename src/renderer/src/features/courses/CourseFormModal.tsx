import { useState } from 'react';
import { Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Course, CourseDraft } from '@shared/domain/course';
import { call, toAppError } from '../../api/client';
import { DateField } from '../../components/DateField';
import { EnumSelect } from '../../components/EnumSelect';
import { FormModal } from '../../components/FormModal';
import { clearFieldErrors, showIssuesOnForm, zodIssues } from '../../components/formIssues';
import { useFormDirty } from '../../components/useUnsavedGuard';
import { MajorPicker, PartnerPicker, StaffPicker } from './Pickers';

const FIELDS = [
  'kind', 'code', 'name', 'summary', 'organisationId', 'majorId', 'startDate', 'endDate',
  'schoolLeadStaffId', 'enterpriseLead', 'isbn', 'publishedDate',
] as const;
type Values = Partial<Record<(typeof FIELDS)[number], string | null>>;

function toValues(course: Course | null): Values {
  if (!course) return { kind: 'course' };
  const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...values } = course;
  return values;
}

/** Label of a field: the shared course labels first, then this feature's extra ones. */
function useFieldLabel() {
  const { t, i18n } = useTranslation();
  return (name: string) => (i18n.exists(`courses.fields.${name}`) ? t(`courses.fields.${name}`) : t(`admin.courses.fields.${name}`));
}

/** Create or edit a joint course or textbook; ISBN and publication date only for textbooks. */
export function CourseFormModal({ course, onClose, onSaved }: { course: Course | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? course?.kind ?? 'course';
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const dirty = useFormDirty(form, toValues(course));

  const save = async (values: Values) => {
    setError(null);
    const input = kind === 'textbook' ? values : { ...values, isbn: null, publishedDate: null };
    const parsed = CourseDraft.safeParse(input);
    if (!parsed.success) {
      setProblems(showIssuesOnForm(form, zodIssues(parsed.error), FIELDS));
      return;
    }
    setProblems([]);
    setSaving(true);
    try {
      if (course) await call('courses:update', { id: course.id, patch: parsed.data });
      else await call('courses:create', parsed.data);
      onSaved();
    } catch (e) {
      const appError = toAppError(e);
      if (appError.issues.length > 0) setProblems(showIssuesOnForm(form, appError.issues, FIELDS));
      else setError(appError);
    } finally {
      setSaving(false);
    }
  };

  const text = (name: (typeof FIELDS)[number], placeholder?: string) => (
    <Form.Item name={name} label={label(name)} required={name === 'name'}>
      <Input autoComplete="off" placeholder={placeholder} data-testid={`course-${name}`} />
    </Form.Item>
  );

  const date = (name: 'startDate' | 'endDate' | 'publishedDate') => (
    <Form.Item name={name} label={label(name)}>
      <DateField data-testid={`course-${name}`} />
    </Form.Item>
  );

  return (
    <FormModal
      title={course ? t('admin.courses.editTitle') : t('admin.courses.newTitle')}
      saving={saving}
      onSubmit={() => form.submit()}
      onClose={onClose}
      saveTestId={'save-course'}
      error={error}
      problems={problems}
      width={720}
      dirty={dirty}
    >
      <Form<Values>
        form={form}
        name="course"
        layout="vertical"
        initialValues={toValues(course)}
        onFinish={(values) => void save(values)}
        onValuesChange={(changed: object) => clearFieldErrors(form, Object.keys(changed))}
        data-testid="course-form"
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="kind" label={label('kind')} required>
              <EnumSelect enumName="courseKind" allowClear={false} data-testid="course-kind" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>{text('code')}</Col>
          <Col xs={24}>{text('name')}</Col>
          <Col xs={24}>
            <Form.Item name="summary" label={label('summary')}>
              <Input.TextArea rows={3} maxLength={5000} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="organisationId" label={label('organisationId')} required>
              <PartnerPicker testId="course-partner" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="majorId" label={label('majorId')}>
              <MajorPicker />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>{date('startDate')}</Col>
          <Col xs={24} md={12}>{date('endDate')}</Col>
          <Col xs={24} md={12}>
            <Form.Item name="schoolLeadStaffId" label={label('schoolLeadStaffId')}>
              <StaffPicker />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>{text('enterpriseLead')}</Col>
          {kind === 'textbook' ? (
            <>
              <Col xs={24} md={12}>{text('isbn')}</Col>
              <Col xs={24} md={12}>{date('publishedDate')}</Col>
            </>
          ) : null}
        </Row>
      </Form>
    </FormModal>
  );
}
