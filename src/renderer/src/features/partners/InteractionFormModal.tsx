import { useState } from 'react';
import { Alert, Col, DatePicker, Form, Input, Modal, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { InteractionDraft } from '@shared/domain/interaction';
import { call, toAppError } from '../../api/client';
import { EnumSelect } from '../../components/EnumSelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { clearFieldErrors, showIssuesOnForm, testId, zodIssues } from '../../components/formIssues';

const FIELDS = ['kind', 'date', 'eventName', 'location', 'hostName', 'hostTitle', 'summary', 'nextAction', 'followUpDate'] as const;
const TEXT_FIELDS = ['eventName', 'location', 'hostName', 'hostTitle'] as const;

interface InteractionValues {
  kind?: InteractionDraft['kind'];
  date?: Dayjs | null;
  eventName?: string;
  location?: string;
  hostName?: string;
  hostTitle?: string;
  summary?: string;
  nextAction?: string;
  followUpDate?: Dayjs | null;
}

const isoOf = (d: Dayjs | null | undefined): string | null => (d ? d.format('YYYY-MM-DD') : null);

/** Records a visit, call or meeting with the partner (the 访企拓岗 details come later). */
export function InteractionFormModal({ organisationId, onClose, onSaved }: { organisationId: string; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<InteractionValues>();
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);

  const save = async (v: InteractionValues) => {
    setError(null);
    const parsed = InteractionDraft.safeParse({
      organisationId,
      kind: v.kind,
      // An empty date goes as '' so the schema reports 'date.invalid' on the field.
      date: isoOf(v.date) ?? '',
      eventName: v.eventName,
      location: v.location,
      hostName: v.hostName,
      hostTitle: v.hostTitle,
      summary: v.summary,
      nextAction: v.nextAction,
      followUpDate: isoOf(v.followUpDate),
    });
    if (!parsed.success) {
      setProblems(showIssuesOnForm(form, zodIssues(parsed.error), FIELDS));
      return;
    }
    setProblems([]);
    setSaving(true);
    try {
      await call('interactions:create', parsed.data);
      onSaved();
    } catch (e) {
      const appError = toAppError(e);
      if (appError.code === 'VALIDATION' && appError.issues.length > 0) setProblems(showIssuesOnForm(form, appError.issues, FIELDS));
      else setError(appError);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('interactions.newTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={testId('save-interaction')}
      width={640}
    >
      {error ? <ErrorAlert error={error} /> : null}
      {problems.length > 0 ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <div data-testid="interaction-form">
        <Form<InteractionValues>
          form={form}
          name="interaction"
          layout="vertical"
          initialValues={{ kind: 'visit', date: dayjs() }}
          onFinish={(values) => void save(values)}
          onValuesChange={(changed: object) => clearFieldErrors(form, Object.keys(changed))}
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="kind" label={t('interactions.fields.kind')}>
                <EnumSelect enumName="interactionKind" allowClear={false} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="date" label={t('interactions.fields.date')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            {TEXT_FIELDS.map((name) => (
              <Col xs={24} md={12} key={name}>
                <Form.Item name={name} label={t(`interactions.fields.${name}`)}>
                  <Input />
                </Form.Item>
              </Col>
            ))}
            <Col xs={24}>
              <Form.Item name="summary" label={t('interactions.fields.summary')}>
                <Input.TextArea rows={3} maxLength={5000} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="nextAction" label={t('interactions.fields.nextAction')}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="followUpDate" label={t('interactions.fields.followUpDate')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </div>
    </Modal>
  );
}
