import { Card, Col, Empty, List, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DashboardSummary } from '@shared/domain/dashboard';
import { useEnumLabel } from '../../components/useEnumLabel';
import { dashboardLinks } from './dashboardLinks';
import { whenText } from '../reminders/reminderText';

/** The soonest-ending agreements, the follow-ups due and partners by status, each item a link. */
export function DashboardLists({ summary }: { summary: DashboardSummary }) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const heading = (text: string) => <h2 className="dashboard-card-title">{text}</h2>;
  const showAll = (to: string, testId: string) => (
    <Link to={to} data-testid={testId}>
      {t('reminders.dashboard.showAll')}
    </Link>
  );
  return (
    <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
      <Col xs={24} lg={10}>
        <Card size="small" title={heading(t('reminders.dashboard.expiringList', { days: summary.agreements.expiringSoon.days }))} extra={showAll(dashboardLinks.agreementsExpiringSoon(), 'dash-expiring-all')}>
          <List
            data-testid="dash-expiring-list"
            size="small"
            dataSource={summary.agreements.expiringSoon.items}
            locale={{ emptyText: <Empty description={t('reminders.dashboard.noData')} /> }}
            renderItem={(a) => (
              <List.Item key={a.id} extra={<span className="dashboard-when dashboard-days">{whenText(t, a.daysLeft)}</span>}>
                <Link to={dashboardLinks.agreement(a.id)}>{a.title}</Link>
                <span className="dashboard-muted dashboard-when">{a.endDate}</span>
              </List.Item>
            )}
          />
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <Card size="small" title={heading(t('reminders.dashboard.followUpList'))} extra={showAll(dashboardLinks.followUps(), 'dash-followups-all')}>
          <List
            data-testid="dash-followup-list"
            size="small"
            dataSource={summary.followUps.items}
            locale={{ emptyText: <Empty description={t('reminders.dashboard.noData')} /> }}
            renderItem={(i) => (
              <List.Item key={i.key} extra={<span className="dashboard-when dashboard-days">{whenText(t, i.daysLeft)}</span>}>
                {i.organisationId ? <Link to={`/partners/${i.organisationId}`}>{i.title}</Link> : i.title}
                {i.detail ? <span className="dashboard-muted">{i.detail}</span> : null}
              </List.Item>
            )}
          />
        </Card>
      </Col>
      <Col xs={24} lg={6}>
        <Card size="small" title={heading(t('reminders.dashboard.partnersTotal'))}>
          <ul className="dashboard-figures" data-testid="dash-partner-status">
            {summary.partners.byStatus.map((r) => (
              <li key={r.status}>
                <Link to={dashboardLinks.partnerStatus(r.status)}>{enumLabel('partnerStatus', r.status)}</Link> <strong>{r.count}</strong>
              </li>
            ))}
          </ul>
        </Card>
      </Col>
    </Row>
  );
}
