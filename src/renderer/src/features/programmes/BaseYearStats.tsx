import { type HTMLAttributes, type MutableRefObject, useEffect, useState } from 'react';
import { Alert, Button, Col, Form, Input, InputNumber, Popconfirm, Row, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { type BaseYearStat, BaseYearStatUpsert } from '@shared/domain/programmes';
import { periodLabel } from '@shared/domain/rules/academicYear';
import { formatFen } from '@shared/format/money';
import { call, toAppError } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isFormDirty } from '../../components/formDirty';
import { clearFieldErrors, showIssuesOnForm, zodIssues } from '../../components/formIssues';
import {
  FIELD_NAMES,
  FIGURES,
  formValuesToDraft,
  ON_CAMPUS_FIELDS,
  ON_CAMPUS_GROUPS,
  ON_CAMPUS_MONEY,
  showsEquipment,
  statToFormValues,
  type StatValues,
} from './baseYearStatForm';
import { AcademicYearSelect } from './pickers';

// The §2.2 figures of one internship base, one row per 学年. Choosing a 学年 that already
// has figures loads them into the form; saving replaces that 学年's row. On-campus bases
// (internal, internal_joint) also fill the 校内实践基地 table for R6 (domain §2.3, §2.9) in four
// groups (设备 / 场地与使用 / 运行费用 / 管理人员), money typed in 元; two columns fit 1366×768.

/**
 * `dirtyRef` receives a function telling whether the form holds unsaved figures (the drawer
 * asks before closing on them): the form differs from the 学年 it shows as saved.
 */
export function BaseYearStats({ baseId, kind, dirtyRef }: { baseId: string; kind: string; dirtyRef?: MutableRefObject<(() => boolean) | null> }) {
  const { t, i18n } = useTranslation();
  const withEquipment = showsEquipment(kind);
  const locale = i18n.language === 'en-US' ? 'en-US' : 'zh-CN';
  const [form] = Form.useForm<StatValues>();
  const { data, error, loading, reload } = useChannel('programmes:listBaseYearStats', { baseId });
  const [problems, setProblems] = useState<string[]>([]);
  const [actionError, setActionError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!dirtyRef) return;
    dirtyRef.current = () => {
      const current = form.getFieldsValue(true) as StatValues;
      const year = current.academicYear;
      return isFormDirty(statToFormValues(year ?? null, data?.find((s) => s.academicYear === year)), current);
    };
  });

  const loadYear = (year: number | undefined) => {
    form.setFieldsValue(statToFormValues(year ?? null, data?.find((s) => s.academicYear === year)));
  };

  const save = async (values: StatValues) => {
    setActionError(null);
    const existing = data?.find((s) => s.academicYear === values.academicYear);
    const parsed = BaseYearStatUpsert.safeParse(formValuesToDraft(values, baseId, withEquipment, existing));
    if (!parsed.success) {
      setProblems(showIssuesOnForm(form, zodIssues(parsed.error), FIELD_NAMES));
      return;
    }
    setProblems([]);
    setSaving(true);
    try {
      await call('programmes:upsertBaseYearStat', parsed.data);
      form.resetFields();
      reload();
    } catch (e) {
      const appError = toAppError(e);
      if (appError.code === 'VALIDATION' && appError.issues.length > 0) setProblems(showIssuesOnForm(form, appError.issues, FIELD_NAMES));
      else setActionError(appError);
    } finally {
      setSaving(false);
    }
  };

  const remove = async (stat: BaseYearStat) => {
    try {
      await call('programmes:deleteBaseYearStat', { id: stat.id });
      reload();
    } catch (e) {
      setActionError(e);
    }
  };

  const figureColumns = FIGURES.map((key) => ({
    key,
    title: t(`programmes.stats.${key}`),
    render: (_: unknown, s: BaseYearStat) => (s[key] === null ? '—' : String(s[key])),
  }));
  const equipmentColumns = withEquipment
    ? ON_CAMPUS_FIELDS.map((key) => ({
        key,
        title: t(`programmes.stats.${key}`),
        render: (_: unknown, s: BaseYearStat) => {
          const v = s[key];
          if (v === null) return '—';
          return (ON_CAMPUS_MONEY as readonly string[]).includes(key) ? formatFen(v, 'yuan', locale) : String(v);
        },
      }))
    : [];

  return (
    <section aria-labelledby="base-stats-heading" data-testid="base-year-stats">
      <h2 id="base-stats-heading">{t('programmes.base.stats')}</h2>
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      {actionError ? <ErrorAlert error={actionError} /> : null}
      <Table<BaseYearStat>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('programmes.base.noStats') }}
        onRow={(s) => ({ 'data-testid': `stat-row-${s.academicYear}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'academicYear',
            title: t('programmes.stats.academicYear'),
            render: (_: unknown, s: BaseYearStat) => periodLabel({ kind: 'academic', startYear: s.academicYear }),
          },
          ...figureColumns,
          ...equipmentColumns,
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, s: BaseYearStat) => (
              <Popconfirm title={t('programmes.base.deleteStat')} onConfirm={() => void remove(s)}>
                <Button size="small" danger>
                  {t('programmes.base.deleteStat')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <h3 style={{ marginTop: 16 }}>{t('programmes.base.addStat')}</h3>
      {problems.length > 0 ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form<StatValues>
        form={form}
        name="base-year-stat"
        layout="vertical"
        onFinish={(values) => void save(values)}
        onValuesChange={(changed: object) => clearFieldErrors(form, Object.keys(changed))}
        data-testid="base-stat-form"
      >
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item name="academicYear" label={t('programmes.stats.academicYear')} required>
              <AcademicYearSelect onChange={(y: number | undefined) => loadYear(y)} />
            </Form.Item>
          </Col>
          {FIGURES.map((key) => (
            <Col xs={24} md={8} key={key}>
              <Form.Item name={key} label={t(`programmes.stats.${key}`)}>
                <InputNumber min={0} max={key === 'usageDays' ? 366 : undefined} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
          <Col xs={24}>
            <Form.Item name="projectNames" label={t('programmes.stats.projectNames')}>
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          </Col>
        </Row>
        {withEquipment ? (
          <fieldset data-testid="base-equipment-fields" style={{ border: 0, padding: 0, margin: 0 }}>
            <legend style={{ fontSize: 14, fontWeight: 600 }}>{t('programmes.stats.equipmentHeading')}</legend>
            <p style={{ marginTop: 0 }}>{t('programmes.stats.onCampusHint')}</p>
            {ON_CAMPUS_GROUPS.map((group) => (
              <div key={group.key} data-testid={`base-stat-group-${group.key}`}>
                <h4 style={{ margin: '4px 0 8px' }}>{t(`programmes.stats.group_${group.key}`)}</h4>
                <Row gutter={12}>
                  {group.money.map((key) => (
                    <Col xs={24} md={12} key={key}>
                      <Form.Item name={key} label={t(`programmes.stats.${key}`)}>
                        <InputNumber min={0} precision={2} suffix="元" style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                  ))}
                  {group.numbers.map((key) => (
                    <Col xs={24} md={12} key={key}>
                      <Form.Item name={key} label={t(`programmes.stats.${key}`)}>
                        {/* 建筑面积 may have two decimals; the others are whole 人时 / 台套 / 人. */}
                        <InputNumber min={0} precision={key === 'buildingAreaM2' ? 2 : 0} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                  ))}
                </Row>
              </div>
            ))}
          </fieldset>
        ) : null}
        <Button type="primary" htmlType="submit" loading={saving} data-testid="save-base-stat">
          {t('programmes.base.saveStat')}
        </Button>
      </Form>
    </section>
  );
}
