import { Button, Flex, Form, Segmented, Select, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ReportDescriptor, ReportFilterKey, ReportLayout, ReportPeriod } from '@shared/domain/report';
import { periodLabel } from '@shared/domain/rules/academicYear';
import { majorOptions } from '@shared/domain/rules/majorLabel';
import { todayIso } from '@shared/format/dates';
import { useChannel } from '../../api/useChannel';
import { PartnerSelect } from '../agreements/PartnerSelect';
import { offersUpload, periodYear, periodYears, type ReportPageParams } from './reportParams';

const ITEM_STYLE = { marginBottom: 8, minWidth: 180 };

export interface FilterChange {
  period?: ReportPeriod;
  orgUnitId?: string | undefined;
  majorId?: string | undefined;
  organisationId?: string | undefined;
  /** undefined = the review layout (the default, not written to the URL). */
  layout?: ReportLayout | undefined;
}

/**
 * Period (学年 or 自然年, as the report needs; none for a report about now) and the filters the
 * report declares (college unit, major, partner); a filter the report does not apply is not
 * offered. The layout switch (审阅版 / 上报版) shows only for reports with an upload layout.
 * Each applies at once.
 */
export function ReportFilterBar({
  descriptor,
  params,
  period,
  layout,
  currentYear,
  onChange,
  onRefresh,
}: {
  descriptor: ReportDescriptor;
  params: ReportPageParams;
  /** undefined for a report about now (periodKind 'none'): no picker. */
  period: ReportPeriod | undefined;
  layout: ReportLayout;
  /** The year of the period containing today, so the picker reaches it and one more. */
  currentYear: number;
  onChange: (change: FilterChange) => void;
  onRefresh: () => void;
}) {
  const { t } = useTranslation();
  const orgUnits = useChannel('orgUnits:list', { includeDeleted: false });
  const majors = useChannel('majors:list', { includeDeleted: false });
  const academic = descriptor.periodKind === 'academic';
  const offers = (key: ReportFilterKey) => descriptor.filters.includes(key);
  const yearOptions = periodYears(currentYear, period ? periodYear(period) : currentYear).map((year) => ({
    value: year,
    label: academic
      ? t('reports.filters.academicYearOption', { label: periodLabel({ kind: 'academic', startYear: year }) })
      : t('reports.filters.calendarYearOption', { year }),
  }));
  // No placeholders: antd's placeholder grey fails WCAG AA contrast; an empty filter means "all".
  return (
    <Form layout="vertical" role="search" aria-label={t('reports.filters.label')} data-testid="report-filters">
      <Flex gap={12} wrap align="end">
        {period ? (
          <Form.Item label={t(academic ? 'reports.filters.academicYear' : 'reports.filters.calendarYear')} htmlFor="report-period" style={ITEM_STYLE}>
            <div data-testid="report-period">
              <Select<number>
                id="report-period"
                showSearch={{ optionFilterProp: 'label' }}
                value={periodYear(period)}
                options={yearOptions}
                onChange={(year) => onChange({ period: academic ? { kind: 'academic', startYear: year } : { kind: 'calendar', year } })}
              />
            </div>
          </Form.Item>
        ) : (
          <Typography.Text type="secondary" style={{ marginBottom: 14 }} data-testid="report-as-of">
            {t('reports.filters.asOf', { date: todayIso(new Date()) })}
          </Typography.Text>
        )}
        {offersUpload(descriptor) ? (
          <Form.Item label={t('reports.filters.layout')} tooltip={t('reports.filters.layoutHint')} style={{ marginBottom: 8 }}>
            <Segmented<ReportLayout>
              data-testid="report-layout"
              value={layout}
              options={[
                { value: 'review', label: <span data-testid="report-layout-review">{t('reports.filters.layoutReview')}</span> },
                { value: 'upload', label: <span data-testid="report-layout-upload">{t('reports.filters.layoutUpload')}</span> },
              ]}
              onChange={(value) => onChange({ layout: value === 'upload' ? 'upload' : undefined })}
            />
          </Form.Item>
        ) : null}
        {offers('orgUnitId') ? (
          <Form.Item label={t('reports.filters.orgUnit')} htmlFor="report-filter-unit" style={ITEM_STYLE}>
            <div data-testid="report-filter-unit">
              <Select<string>
                id="report-filter-unit"
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                value={params.orgUnitId}
                loading={orgUnits.loading}
                options={(orgUnits.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
                onChange={(orgUnitId) => onChange({ orgUnitId: orgUnitId ?? undefined })}
              />
            </div>
          </Form.Item>
        ) : null}
        {offers('majorId') ? (
          <Form.Item label={t('reports.filters.major')} htmlFor="report-filter-major" style={ITEM_STYLE}>
            <div data-testid="report-filter-major">
              <Select<string>
                id="report-filter-major"
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                value={params.majorId}
                loading={majors.loading}
                options={majorOptions(majors.data ?? [])}
                onChange={(majorId) => onChange({ majorId: majorId ?? undefined })}
              />
            </div>
          </Form.Item>
        ) : null}
        {offers('organisationId') ? (
          <Form.Item
            label={t('reports.filters.partner')}
            htmlFor="report-filter-partner"
            required={descriptor.needsOrganisation}
            style={{ ...ITEM_STYLE, minWidth: 240 }}
          >
            <PartnerSelect
              id="report-filter-partner"
              testId="report-filter-partner"
              value={params.organisationId}
              onChange={(organisationId) => onChange({ organisationId })}
            />
          </Form.Item>
        ) : null}
        <Form.Item style={{ marginBottom: 8 }}>
          <Button icon={<ReloadOutlined aria-hidden />} onClick={onRefresh} data-testid="report-refresh">
            {t('reports.filters.refresh')}
          </Button>
        </Form.Item>
      </Flex>
    </Form>
  );
}
