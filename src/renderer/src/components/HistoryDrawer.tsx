import { Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import { HistoryPanel } from '../features/history/HistoryPanel';

/** Which record's history to show: its audited table, its id and a name for the title. */
export interface HistoryTarget {
  tableName: string;
  rowId: string;
  title: string;
}

/** A drawer with the audit history of one record (who, when, which fields, old → new). */
export function HistoryDrawer({ target, onClose }: { target: HistoryTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      title={target ? `${t('admin.common.history')} · ${target.title}` : ''}
      size="large"
      data-testid="history-drawer"
    >
      {target ? <HistoryPanel key={`${target.tableName}:${target.rowId}`} tableName={target.tableName} rowId={target.rowId} /> : null}
    </Drawer>
  );
}
