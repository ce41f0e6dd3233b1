import { Card, Empty, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ReportDescriptor, ReportId } from '@shared/domain/report';
import { reportGroup } from './reportParams';

const GROUPS = ['stateData', 'registers'] as const;

/**
 * The reports as two headed lists of links (状态数据与年报, 管理台账). Plain links keep the
 * choice in the URL and are reachable by Tab; the chosen one carries aria-current.
 */
export function ReportPicker({
  descriptors,
  loading,
  selected,
  hrefOf,
}: {
  descriptors: readonly ReportDescriptor[] | undefined;
  loading: boolean;
  selected: ReportId | undefined;
  hrefOf: (id: ReportId) => string;
}) {
  const { t } = useTranslation();
  return (
    <Card size="small" data-testid="report-picker">
      <nav aria-label={t('reports.picker.label')}>
        {descriptors === undefined ? (
          <Spin spinning={loading} />
        ) : descriptors.length === 0 ? (
          <Empty description={t('reports.picker.none')} />
        ) : (
          GROUPS.map((group) => {
            const items = descriptors.filter((d) => reportGroup(d.id) === group);
            if (items.length === 0) return null;
            return (
              <section key={group} className="report-group">
                <h2 className="report-group-title" id={`report-group-${group}`}>
                  {t(`reports.groups.${group}`)}
                </h2>
                <ul className="report-list" aria-labelledby={`report-group-${group}`}>
                  {items.map((d) => (
                    <li key={d.id}>
                      <Link
                        to={hrefOf(d.id)}
                        data-testid={`report-item-${d.id}`}
                        className={d.id === selected ? 'report-link report-link-active' : 'report-link'}
                        aria-current={d.id === selected ? 'page' : undefined}
                      >
                        <span className="report-id">{d.id}</span>
                        {/* Official names: Chinese in every UI language. */}
                        <span lang="zh-CN">{d.title}</span>
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })
        )}
      </nav>
    </Card>
  );
}
