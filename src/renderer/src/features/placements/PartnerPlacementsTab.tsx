import { type HTMLAttributes, useState } from 'react';
import { Alert, App, Button, Col, Form, InputNumber, Popconfirm, Row, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { type PlacementStat, PlacementStatDraft } from '@shared/domain/placementStat';
import { periodLabel } from '@shared/domain/rules/academicYear';
import { call, toAppError } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { fitTable } from '../../components/EllipsisCell';
import { ErrorAlert } from '../../components/ErrorAlert';
import { clearFieldErrors, showIssuesOnForm, zodIssues } from '../../components/formIssues';
import { COLUMN_WIDTH } from '../../components/tableColumns';
import { useFormDirty, useLeaveGuard } from '../../components/useUnsavedGuard';
import { AcademicYearSelect, MajorPicker } from '../programmes/pickers';

// A partner's 订单培养人数 / 接受顶岗实习学生数 / 接受毕业生就业数 per major and 学年
// (placement_stat, R1/R2). One row per major and 学年: the core answers CONFLICT for a
// second one, shown on the 学年 field. Empty figures stay empty (no data), never 0.

const FIGURES = ['orderTrainees', 'interns', 'graduatesEmployed'] as const;
const FIELD_NAMES = ['academicYear', 'majorId', ...FIGURES] as const;
type Values = { academicYear?: number | null; majorId?: string | null } & Partial<Record<(typeof FIGURES)[number], number | null>>;

const valuesOf = (stat: PlacementStat): Values => ({
  academicYear: stat.academicYear,
  majorId: stat.majorId,
  orderTrainees: stat.orderTrainees,
  interns: stat.interns,
  graduatesEmployed: stat.graduatesEmployed,
});

export function PartnerPlacementsTab({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { data, error, loading, reload } = useChannel('placementStats:list', { organisationId });
  const [editing, setEditing] = useState<PlacementStat | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [actionError, setActionError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  // Leaving the partner with figures typed but not saved asks first (the row being edited, or a new one).
  useLeaveGuard(useFormDirty(form, editing ? valuesOf(editing) : undefined));

  const startEdit = (stat: PlacementStat) => {
    setEditing(stat);
    setProblems([]);
    form.setFieldsValue(valuesOf(stat));
  };

  const stopEdit = () => {
    setEditing(null);
    form.resetFields();
  };

  const save = async (values: Values) => {
    setActionError(null);
    const draft = {
      organisationId,
      academicYear: values.academicYear ?? undefined,
      majorId: values.majorId ?? undefined,
      orderTrainees: values.orderTrainees ?? null,
      interns: values.interns ?? null,
      graduatesEmployed: values.graduatesEmployed ?? null,
    };
    const parsed = PlacementStatDraft.safeParse(draft);
    if (!parsed.success) {
      setProblems(showIssuesOnForm(form, zodIssues(parsed.error), FIELD_NAMES));
      return;
    }
    setProblems([]);
    setSaving(true);
    try {
      if (editing) await call('placementStats:update', { id: editing.id, patch: parsed.data });
      else await call('placementStats:create', parsed.data);
      void message.success(t('placements.saved'));
      stopEdit();
      reload();
    } catch (e) {
      const appError = toAppError(e);
      // Update issues come back under ['patch', …]: strip it so they land on the fields.
      const issues = appError.issues.map((i) => ({ ...i, path: i.path[0] === 'patch' ? i.path.slice(1) : i.path }));
      if (issues.length > 0) setProblems(showIssuesOnForm(form, issues, FIELD_NAMES));
      else setActionError(appError);
    } finally {
      setSaving(false);
    }
  };

  const undo = async (stat: PlacementStat, key: string) => {
    message.destroy(key);
    try {
      await call('placementStats:restore', { id: stat.id });
      reload();
    } catch (e) {
      setActionError(e);
    }
  };

  const remove = async (stat: PlacementStat) => {
    try {
      await call('placementStats:delete', { id: stat.id });
      if (editing?.id === stat.id) stopEdit();
      const key = `placement-deleted-${stat.id}`;
      void message.open({
        key,
        type: 'success',
        duration: 10,
        content: (
          <span>
            {t('placements.deleted')}{' '}
            <Button type="link" size="small" data-testid="undo-delete-placement" onClick={() => void undo(stat, key)}>
              {t('placements.undo')}
            </Button>
          </span>
        ),
      });
      reload();
    } catch (e) {
      setActionError(e);
    }
  };

  const figure = (key: (typeof FIGURES)[number]) => ({
    key,
    title: t(`placements.columns.${key}`),
    width: COLUMN_WIDTH.short,
    align: 'right' as const,
    render: (_: unknown, s: PlacementStat) => (s[key] === null ? '' : String(s[key])),
  });

  return (
    <section aria-labelledby="placements-heading" data-testid="partner-placements">
      <h2 id="placements-heading">{t('placements.heading')}</h2>
      <p>{t('placements.hint')}</p>
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      {actionError ? <ErrorAlert error={actionError} /> : null}
      <Table<PlacementStat>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data ?? []}
        pagination={false}
        locale={{ emptyText: t('placements.empty') }}
        onRow={(s) => ({ 'data-testid': `placement-row-${s.academicYear}-${s.majorCode}` }) as HTMLAttributes<HTMLElement>}
        {...fitTable<PlacementStat>([
          {
            key: 'academicYear',
            title: t('placements.columns.academicYear'),
            width: COLUMN_WIDTH.year,
            render: (_: unknown, s: PlacementStat) => periodLabel({ kind: 'academic', startYear: s.academicYear }),
          },
          { key: 'major', title: t('placements.columns.major'), width: COLUMN_WIDTH.name, ellipsis: true, render: (_: unknown, s: PlacementStat) => `${s.majorCode} ${s.majorName}` },
          ...FIGURES.map(figure),
          {
            key: 'actions',
            title: t('common.actions'),
            width: COLUMN_WIDTH.actions - 40,
            render: (_: unknown, s: PlacementStat) => (
              <Space>
                <Button size="small" onClick={() => startEdit(s)}>
                  {t('placements.edit')}
                </Button>
                <Popconfirm title={t('placements.deleteConfirm')} onConfirm={() => void remove(s)}>
                  <Button size="small" danger>
                    {t('placements.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ])}
      />
      <h3 style={{ marginTop: 16 }}>
        {editing
          ? t('placements.editTitle', { year: periodLabel({ kind: 'academic', startYear: editing.academicYear }), major: editing.majorName })
          : t('placements.add')}
      </h3>
      {problems.length > 0 ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form<Values>
        form={form}
        name="placement-stat"
        layout="vertical"
        onFinish={(values) => void save(values)}
        onValuesChange={(changed: object) => clearFieldErrors(form, Object.keys(changed))}
        data-testid="placement-form"
      >
        <Row gutter={12}>
          <Col xs={24} md={8} data-testid="placement-field-academicYear">
            <Form.Item name="academicYear" label={t('placements.columns.academicYear')} required>
              <AcademicYearSelect />
            </Form.Item>
          </Col>
          <Col xs={24} md={16} data-testid="placement-field-majorId">
            <Form.Item name="majorId" label={t('placements.columns.major')} required>
              <MajorPicker />
            </Form.Item>
          </Col>
          {FIGURES.map((key) => (
            <Col xs={24} md={8} key={key} data-testid={`placement-field-${key}`}>
              <Form.Item name={key} label={t(`placements.columns.${key}`)}>
                <InputNumber min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Space>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="save-placement">
            {t('placements.save')}
          </Button>
          {editing ? <Button onClick={stopEdit}>{t('placements.cancelEdit')}</Button> : null}
        </Space>
      </Form>
    </section>
  );
}
