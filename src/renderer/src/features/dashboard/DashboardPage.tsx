import { useMemo } from 'react';
import { Card, Col, Empty, Row, Spin, Statistic, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { DashboardSummary } from '@shared/domain/dashboard';
import { useChannel } from '../../api/useChannel';
import { useSettings } from '../../app/SettingsContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeading } from '../../components/PageHeading';
import { useEnumLabel } from '../../components/useEnumLabel';
import { DashboardLists } from './DashboardLists';
import { dashboardLinks } from './dashboardLinks';
import {
  agreementStatusChart,
  agreementTypeChart,
  type ChartModel,
  type ChartText,
  contributionChart,
  fundingChart,
  industryChart,
  regionChart,
} from './dashboardCharts';
import { EChart } from './EChart';
import { firstSteps, showFirstSteps } from './firstSteps';
import { FirstStepsCard } from './FirstStepsCard';
import './dashboard.css';

/**
 * A count that opens its filtered list: the whole card is one link, so it is keyboard reachable.
 * `rule` says what is counted (a tooltip on hover and focus, the link's description for screen
 * readers); `note` is a visible line under the figure.
 */
function CountCard({ id, title, value, to, rule, note }: { id: string; title: string; value: number; to: string; rule?: string; note?: string | null }) {
  const card = (
    <Link to={to} data-testid={`dash-count-${id}`} className="dashboard-count-link" {...(rule ? { 'aria-describedby': `dash-rule-${id}` } : {})}>
      <Card hoverable size="small" style={{ height: '100%' }}>
        <Statistic title={title} value={value} />
        {note ? (
          <Typography.Text type="secondary" data-testid={`dash-note-${id}`} style={{ fontSize: 12 }}>
            {note}
          </Typography.Text>
        ) : null}
      </Card>
    </Link>
  );
  if (!rule) return card;
  return (
    <>
      <Tooltip title={rule} trigger={['hover', 'focus']}>
        {card}
      </Tooltip>
      <span id={`dash-rule-${id}`} data-testid={`dash-rule-${id}`} hidden>
        {rule}
      </span>
    </>
  );
}

/** A chart plus its figures as links (the accessible, keyboard way to the same lists). */
function ChartCard({ id, title, model }: { id: string; title: string; model: ChartModel }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Card size="small" title={<h2 className="dashboard-card-title">{title}</h2>} data-testid={`dash-chart-${id}`}>
      {model.entries.length === 0 ? (
        <Empty description={t('reminders.dashboard.noData')} />
      ) : (
        <figure aria-label={t('reminders.dashboard.chartLabel', { title })} style={{ margin: 0 }}>
          <EChart
            option={model.option}
            testId={`dash-echart-${id}`}
            onClick={({ seriesIndex, dataIndex }) => {
              const href = model.links[seriesIndex]?.[dataIndex];
              if (href) navigate(href);
            }}
          />
          <ul className="dashboard-figures" data-testid={`dash-figures-${id}`}>
            {model.entries.map((e) => (
              <li key={e.key}>
                {e.href ? <Link to={e.href}>{e.label}</Link> : <span>{e.label}</span>} <strong>{e.value}</strong>
              </li>
            ))}
          </ul>
        </figure>
      )}
    </Card>
  );
}

function useCharts(summary: DashboardSummary | undefined) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  return useMemo(() => {
    if (!summary) return undefined;
    const text: ChartText = { enumLabel, notRecorded: t('reminders.dashboard.notRecorded'), t: (k, v) => t(k, v) };
    return {
      status: agreementStatusChart(summary, text),
      type: agreementTypeChart(summary, text),
      industry: industryChart(summary, text),
      region: regionChart(summary, text),
      funding: fundingChart(summary, text),
      contributions: contributionChart(summary, text),
    };
  }, [summary, enumLabel, t]);
}

/** The landing page: counts, charts and the two short lists, each leading to its filtered list. */
export function DashboardPage() {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useChannel('dashboard:summary', {});
  const charts = useCharts(data);
  const expired = data?.agreements.byStatus.find((r) => r.status === 'expired')?.count ?? 0;
  const expiring = data?.agreements.expiringSoon;
  const { settings } = useSettings();

  return (
    <>
      <PageHeading title={t('reminders.dashboard.title')} testId="dashboard-title" />
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      {!data || !charts || !expiring ? (
        <Spin spinning={loading} />
      ) : (
        <div data-testid="dashboard">
          {showFirstSteps(data) ? <FirstStepsCard steps={firstSteps(settings.college.fullName, data)} /> : null}
          <Row gutter={[16, 16]}>
            <Col xs={12} md={8} xl={4}>
              <CountCard id="agreements" title={t('reminders.dashboard.agreementsTotal')} value={data.agreements.total} to={dashboardLinks.agreementsAll()} />
            </Col>
            <Col xs={12} md={8} xl={5}>
              <CountCard
                id="expiringSoon"
                title={t('reminders.dashboard.expiringSoon', { days: expiring.days })}
                value={expiring.count}
                to={dashboardLinks.agreementsExpiringSoon()}
                rule={t('reminders.dashboard.expiringRule', { days: expiring.days })}
                note={expiring.count > expiring.remindersDue ? t('reminders.dashboard.expiringHidden', { count: expiring.count - expiring.remindersDue }) : null}
              />
            </Col>
            <Col xs={12} md={8} xl={5}>
              <CountCard id="expired" title={t('reminders.dashboard.expired')} value={expired} to={dashboardLinks.agreementStatus('expired')} />
            </Col>
            <Col xs={12} md={8} xl={5}>
              <CountCard id="followUps" title={t('reminders.dashboard.followUpsDue')} value={data.followUps.count} to={dashboardLinks.followUps()} />
            </Col>
            <Col xs={12} md={8} xl={5}>
              <CountCard id="partners" title={t('reminders.dashboard.partnersTotal')} value={data.partners.total} to={dashboardLinks.partnersAll()} />
            </Col>
          </Row>
          {/* With nothing recorded yet every list and chart would only say 暂无数据: the steps lead instead. */}
          {showFirstSteps(data) && data.agreements.total === 0 ? null : (
            <>
              <DashboardLists summary={data} />
              <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
                <Col xs={24} lg={12}>
                  <ChartCard id="agreementStatus" title={t('reminders.dashboard.agreementsByStatus')} model={charts.status} />
                </Col>
                <Col xs={24} lg={12}>
                  <ChartCard id="agreementType" title={t('reminders.dashboard.agreementsByType')} model={charts.type} />
                </Col>
                <Col xs={24} lg={12}>
                  <ChartCard id="industry" title={t('reminders.dashboard.partnersByIndustry')} model={charts.industry} />
                </Col>
                <Col xs={24} lg={12}>
                  <ChartCard id="region" title={t('reminders.dashboard.partnersByRegion')} model={charts.region} />
                </Col>
                <Col xs={24} lg={12}>
                  <ChartCard id="funding" title={t('reminders.dashboard.funding')} model={charts.funding} />
                </Col>
                <Col xs={24} lg={12}>
                  <ChartCard id="contributions" title={t('reminders.dashboard.contributions')} model={charts.contributions} />
                </Col>
              </Row>
            </>
          )}
        </div>
      )}
    </>
  );
}
