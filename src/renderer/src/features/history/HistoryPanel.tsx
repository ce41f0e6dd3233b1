import { useMemo } from 'react';
import { Empty, List, Spin, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '@shared/domain/system';
import { useChannel } from '../../api/useChannel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTimestamp } from '../../components/formatDate';
import { currentLanguage, translator } from '../../i18n';
import { historyFieldLabel, historyValueText, nameKey, referencedIds } from './historyFormat';

type Change = AuditEntry['changes'][number];

/** Audit history of one record (who, when, which fields, old → new), newest first, in words. */
export function HistoryPanel({ tableName, rowId }: { tableName: string; rowId: string }) {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useChannel('audit:history', { tableName, rowId });
  const refs = useMemo(() => referencedIds((data ?? []).flatMap((e) => e.changes)), [data]);
  const names = useChannel('audit:names', { refs }, { enabled: refs.length > 0 });
  const nameMap = useMemo(() => new Map((names.data ?? []).map((n) => [nameKey(n.table, n.id), n.name])), [names.data]);

  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (!data) return loading ? <Spin /> : null;
  if (data.length === 0) return <Empty description={t('admin.history.empty')} data-testid="history-empty" />;

  const ctx = { names: nameMap, language: currentLanguage() };
  const shown = (entry: AuditEntry) =>
    entry.changes.flatMap((c) => {
      const label = historyFieldLabel(translator, tableName, c.field);
      return label === null ? [] : [{ ...c, label }];
    });

  return (
    <List<AuditEntry>
      data-testid="history-panel"
      dataSource={data}
      renderItem={(entry) => {
        const changes = shown(entry);
        return (
          <List.Item key={entry.id} data-testid={`history-entry-${entry.action}`}>
            <div style={{ width: '100%' }}>
              <Typography.Text strong>
                <Tag>{t(`admin.history.action.${entry.action}`)}</Tag>
                {t('admin.history.by', { actor: entry.actor, ts: formatTimestamp(entry.ts) })}
              </Typography.Text>
              {changes.length > 0 ? (
                <Table<Change & { label: string }>
                  size="small"
                  style={{ marginTop: 8 }}
                  rowKey="field"
                  pagination={false}
                  dataSource={changes}
                  columns={[
                    { key: 'field', title: t('admin.history.field'), width: '28%', render: (_: unknown, c) => c.label },
                    { key: 'before', title: t('admin.history.before'), render: (_: unknown, c) => historyValueText(translator, tableName, c.field, c.before, ctx) },
                    { key: 'after', title: t('admin.history.after'), render: (_: unknown, c) => historyValueText(translator, tableName, c.field, c.after, ctx) },
                  ]}
                />
              ) : null}
            </div>
          </List.Item>
        );
      }}
    />
  );
}
