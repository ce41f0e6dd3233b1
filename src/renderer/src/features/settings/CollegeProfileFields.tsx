import { Col, Form, type FormInstance, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { toAppError, type AppError } from '../../api/client';
import { issueMessage } from '../../components/errorText';
import { clearFieldErrors, showIssuesOnForm } from '../../components/formIssues';
import { usccFieldIssue } from '../../components/usccField';
import { translator } from '../../i18n';
import { checkCollege, COLLEGE_FIELDS, type CollegeField, type CollegeProfileValue, type CollegeValues } from './collegeProfileModel';

// The 学校信息 fields, shared by first start (a compact grid) and Settings → 学校信息 (one column).

/** Grid widths (of 24) for first start: three short rows that fit 1366×768 with the rest of the page. */
const GRID_SPAN: Record<CollegeField, number> = {
  fullName: 10,
  uscc: 8,
  schoolCode: 6,
  legalRepresentative: 6,
  address: 18,
  contactPerson: 12,
  contactPhone: 12,
};

/** The form instance with the college checks bound to it. */
export function useCollegeProfileForm() {
  const [form] = Form.useForm<CollegeValues>();

  /** Field messages set by hand stay until the field changes. */
  const onValuesChange = (changed: CollegeValues) => clearFieldErrors(form, Object.keys(changed));

  /** The profile to save, or null after marking what is wrong on the fields. */
  const validate = (): CollegeProfileValue | null => {
    const checked = checkCollege(form.getFieldsValue(true) as CollegeValues);
    if (checked.ok) return checked.profile;
    showIssuesOnForm(form, checked.issues, COLLEGE_FIELDS, checked.interpolation);
    return null;
  };

  /** A refused save: field messages go on the fields; the error is returned when some fit none. */
  const placeSaveError = (e: unknown): AppError | null => {
    const appError = toAppError(e);
    if (appError.code !== 'VALIDATION') return appError;
    // settings:update reports paths under 'college'.
    const issues = appError.issues.map((i) => ({ ...i, path: i.path[0] === 'college' ? i.path.slice(1) : i.path }));
    return showIssuesOnForm(form, issues, COLLEGE_FIELDS).length > 0 ? appError : null;
  };

  return { form, onValuesChange, validate, placeSaveError };
}

/** The seven fields, all optional; the USCC is checked on leaving it with the save's own message. */
export function CollegeProfileFields({ form, grid = false }: { form: FormInstance<CollegeValues>; grid?: boolean }) {
  const { t } = useTranslation();
  const onUsccBlur = () => {
    const found = usccFieldIssue(form.getFieldValue('uscc') as string | undefined);
    if (found) form.setFields([{ name: 'uscc', errors: [issueMessage(translator, found.issue, { expected: found.expected })] }]);
  };
  const item = (name: CollegeField) => (
    <Form.Item key={name} name={name} label={t(`settings.college.${name}`)} style={grid ? { marginBottom: 12 } : undefined}>
      <Input
        {...(name === 'uscc' ? { onBlur: onUsccBlur } : {})}
        {...(name === 'contactPhone' ? { inputMode: 'tel' as const } : {})}
      />
    </Form.Item>
  );
  if (!grid) return <>{COLLEGE_FIELDS.map(item)}</>;
  return (
    <Row gutter={12}>
      {COLLEGE_FIELDS.map((name) => (
        <Col key={name} span={GRID_SPAN[name]}>
          {item(name)}
        </Col>
      ))}
    </Row>
  );
}
