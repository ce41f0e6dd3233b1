import { Drawer, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { provenanceHref } from './provenanceLinks';
import type { FigureSources } from './ReportSectionTable';

/** The records behind one report figure, each with its kind and a link to its page where there is one. */
export function ProvenanceDrawer({ figure, onClose }: { figure: FigureSources | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const tableName = (table: string) => (i18n.exists(`reports.provenance.tables.${table}`) ? t(`reports.provenance.tables.${table}`) : table);
  return (
    <Drawer open={figure !== null} onClose={onClose} title={t('reports.provenance.title')} size="large" data-testid="provenance-drawer">
      {figure ? (
        <>
          <Typography.Paragraph strong data-testid="provenance-figure">
            {t('reports.provenance.subtitle', { column: figure.column, value: figure.value })}
          </Typography.Paragraph>
          <Typography.Paragraph>{t('reports.provenance.count', { count: figure.refs.length })}</Typography.Paragraph>
          <List
            size="small"
            bordered
            dataSource={[...figure.refs]}
            rowKey={(ref) => `${ref.table}:${ref.id}`}
            renderItem={(ref) => {
              const href = provenanceHref(ref);
              return (
                <List.Item data-testid="provenance-item" data-table={ref.table}>
                  <span>
                    <Tag>{tableName(ref.table)}</Tag>
                    {href ? (
                      <Link to={href} onClick={onClose} data-testid="provenance-link">
                        {ref.label || ref.id}
                      </Link>
                    ) : (
                      <span>{ref.label || ref.id}</span>
                    )}
                  </span>
                </List.Item>
              );
            }}
          />
        </>
      ) : null}
    </Drawer>
  );
}
