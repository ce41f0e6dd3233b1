import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { RefusedRow } from '@shared/domain/report';

/** Rows listed by name; the rest are counted, so a long list never pushes the preview off screen. */
const SHOWN = 10;

/**
 * The rows the upload sheet leaves out because the platform would reject them (e.g. no USCC),
 * above the preview: how many, which, why, and a link to the data quality report (R17), which
 * lists what to complete. Nothing a person typed is dropped without being said here.
 */
export function ReportRefusedRows({ refused }: { refused: readonly RefusedRow[] }) {
  const { t } = useTranslation();
  if (refused.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="report-refused"
      style={{ marginBottom: 12 }}
      title={t('reports.refused.title', { count: refused.length })}
      description={
        <>
          <ul className="report-refused-list" lang="zh-CN">
            {refused.slice(0, SHOWN).map((row, i) => (
              <li key={i} data-testid="report-refused-row">
                {t('reports.refused.item', { label: row.label, reason: row.reason })}
              </li>
            ))}
          </ul>
          {refused.length > SHOWN ? <div>{t('reports.refused.more', { count: refused.length - SHOWN })}</div> : null}
          <Link to="/reports?report=R17" data-testid="report-refused-quality">
            {t('reports.refused.seeQuality')}
          </Link>
        </>
      }
    />
  );
}
