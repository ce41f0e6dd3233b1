import { Empty, List, Spin, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '@shared/domain/system';
import { formatFen } from '@shared/format/money';
import { useChannel } from '../../api/useChannel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTimestamp } from '../../components/formatDate';
import { currentLanguage } from '../../i18n';
import { CODE_FIELDS, ENUM_FIELDS, FIELD_LABEL_PREFIXES, isFenField } from './historyLabels';

type Change = AuditEntry['changes'][number];

/** Audit history of one record (who, when, which fields, old → new), newest first. */
export function HistoryPanel({ tableName, rowId }: { tableName: string; rowId: string }) {
  const { t, i18n } = useTranslation();
  const { data, error, loading, reload } = useChannel('audit:history', { tableName, rowId });

  const fieldLabel = (field: string): string => {
    for (const prefix of FIELD_LABEL_PREFIXES[tableName] ?? []) {
      if (i18n.exists(`${prefix}.${field}`)) return t(`${prefix}.${field}`);
    }
    return field;
  };

  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('common.none');
    const enumName = ENUM_FIELDS[tableName]?.[field];
    if (enumName && typeof value === 'string' && i18n.exists(`enums.${enumName}.${value}`)) return t(`enums.${enumName}.${value}`);
    const codeLabel = CODE_FIELDS[tableName]?.[field];
    if (codeLabel && typeof value === 'string') return codeLabel(value);
    if (isFenField(field) && typeof value === 'number' && Number.isSafeInteger(value)) return formatFen(value, 'yuan', currentLanguage());
    if (typeof value === 'boolean' || (typeof value === 'number' && field.startsWith('is'))) return value ? t('common.yes') : t('common.no');
    if (typeof value === 'string') return value;
    return JSON.stringify(value);
  };

  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (!data) return loading ? <Spin /> : null;
  if (data.length === 0) return <Empty description={t('admin.history.empty')} data-testid="history-empty" />;

  return (
    <List<AuditEntry>
      data-testid="history-panel"
      dataSource={data}
      renderItem={(entry) => (
        <List.Item key={entry.id} data-testid={`history-entry-${entry.action}`}>
          <div style={{ width: '100%' }}>
            <Typography.Text strong>
              <Tag>{t(`admin.history.action.${entry.action}`)}</Tag>
              {t('admin.history.by', { actor: entry.actor, ts: formatTimestamp(entry.ts) })}
            </Typography.Text>
            {entry.changes.length > 0 ? (
              <Table<Change>
                size="small"
                style={{ marginTop: 8 }}
                rowKey="field"
                pagination={false}
                dataSource={entry.changes}
                columns={[
                  { key: 'field', title: t('admin.history.field'), render: (_: unknown, c: Change) => fieldLabel(c.field) },
                  { key: 'before', title: t('admin.history.before'), render: (_: unknown, c: Change) => show(c.field, c.before) },
                  { key: 'after', title: t('admin.history.after'), render: (_: unknown, c: Change) => show(c.field, c.after) },
                ]}
              />
            ) : null}
          </div>
        </List.Item>
      )}
    />
  );
}
