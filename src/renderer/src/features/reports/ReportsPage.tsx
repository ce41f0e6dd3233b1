import { useEffect, useMemo } from 'react';
import { Alert, Col, Row, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { ReportDescriptor, ReportId, ReportRequest } from '@shared/domain/report';
import { todayIso } from '@shared/format/dates';
import { useChannel } from '../../api/useChannel';
import { useSettings } from '../../app/SettingsContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeading } from '../../components/PageHeading';
import { ReportExportBar } from './ReportExportBar';
import { ReportFilterBar, type FilterChange } from './ReportFilterBar';
import { ReportPicker } from './ReportPicker';
import { ReportPreviewView } from './ReportPreviewView';
import { ReportRefusedRows } from './ReportRefusedRows';
import {
  academicYearConfig,
  currentPeriod,
  hasUndeclaredFilters,
  layoutFormats,
  layoutOf,
  parseReportParams,
  periodParam,
  periodYear,
  reportRequest,
  reportSearch,
  resolvePeriod,
  withDeclaredFilters,
  type ReportPageParams,
} from './reportParams';
import './reports.css';

// Any valid request; the preview query is disabled until a report and its partner are chosen.
const IDLE_REQUEST: ReportRequest = { reportId: 'R1', period: { kind: 'academic', startYear: 2025 }, filters: {} };

/** The chosen report: its filters, export buttons and preview. */
function ReportWorkspace({ descriptor, params, onChange }: { descriptor: ReportDescriptor; params: ReportPageParams; onChange: (next: ReportPageParams) => void }) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const cfg = academicYearConfig(settings.academicYearStart);
  // A report about now (R11, R12, R17) has no period: no picker, nothing in the URL.
  const periodless = descriptor.periodKind === 'none';
  const period = periodless ? undefined : resolvePeriod(descriptor.periodKind, params.period, cfg);
  const currentYear = periodYear(currentPeriod(descriptor.periodKind, todayIso(new Date()), cfg));
  const layout = layoutOf(descriptor, params);
  const request = reportRequest(descriptor, params, period);
  const preview = useChannel('reports:preview', request ?? IDLE_REQUEST, { enabled: request !== null });

  // The URL always names the period shown, so a copied link keeps meaning the same 学年 later.
  const periodInUrl = params.period ? periodParam(params.period) : '';
  const shownPeriod = period ? periodParam(period) : '';
  // A link may carry filters (or a layout, or a period) this report does not take: drop them from the URL too.
  const stale = hasUndeclaredFilters(params, descriptor);
  useEffect(() => {
    // Guarded: once the URL names the shown period and only declared options, this does nothing.
    if (periodInUrl !== shownPeriod || stale) onChange({ ...withDeclaredFilters(params, descriptor), ...(period ? { period } : {}) });
  }, [periodInUrl, shownPeriod, stale, params, period, descriptor, onChange]);

  const change = (c: FilterChange) => {
    const next: ReportPageParams = { ...params, ...(period ? { period } : {}), ...c };
    for (const key of Object.keys(c) as (keyof FilterChange)[]) if (c[key] === undefined) delete next[key];
    onChange(next);
  };

  return (
    <>
      <ReportFilterBar descriptor={descriptor} params={params} period={period} layout={layout} currentYear={currentYear} onChange={change} onRefresh={preview.reload} />
      <ReportExportBar key={`${descriptor.id}-${layout}`} formats={layoutFormats(descriptor, layout)} request={request} />
      {request === null ? <Alert type="info" showIcon title={t('reports.filters.partnerRequired')} data-testid="report-needs-partner" /> : null}
      {preview.error ? <ErrorAlert error={preview.error} onRetry={preview.reload} /> : null}
      {request !== null && !preview.error && preview.data?.reportId === descriptor.id && preview.data.refused ? <ReportRefusedRows refused={preview.data.refused} /> : null}
      <Spin spinning={preview.loading}>
        {request !== null && !preview.error && preview.data && preview.data.reportId === descriptor.id ? <ReportPreviewView preview={preview.data} /> : <div style={{ minHeight: 80 }} />}
      </Spin>
    </>
  );
}

/** /reports?report=R1&period=academic-2025&unit=…&major=…&partner=…&layout=upload: pick, preview and export a report. */
export function ReportsPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseReportParams(searchParams), [searchParams]);
  const list = useChannel('reports:list', {});
  const descriptor = list.data?.find((d) => d.id === params.reportId);
  // Switching report keeps the filters the new report declares and clears the others; a period
  // of the other kind falls back to the current one.
  const hrefOf = (id: ReportId) =>
    `/reports?${reportSearch(withDeclaredFilters({ ...params, reportId: id }, list.data?.find((d) => d.id === id))).toString()}`;

  return (
    <>
      <PageHeading title={t('reports.title')} testId="reports-title" />
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <Row gutter={[16, 16]} wrap>
        <Col xs={24} lg={7} xxl={5}>
          <ReportPicker descriptors={list.data} loading={list.loading} selected={descriptor?.id} hrefOf={hrefOf} />
        </Col>
        <Col xs={24} lg={17} xxl={19} data-testid="report-workspace">
          {descriptor ? (
            <ReportWorkspace
              key={descriptor.id}
              descriptor={descriptor}
              params={params}
              onChange={(next) => setSearchParams(reportSearch(next), { replace: true })}
            />
          ) : list.data && list.data.length > 0 ? (
            <Typography.Paragraph data-testid="report-choose">{t('reports.picker.choose')}</Typography.Paragraph>
          ) : null}
        </Col>
      </Row>
    </>
  );
}
