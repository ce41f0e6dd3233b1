import type { ReactNode } from 'react';
import { Button, Flex, Popconfirm } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { testId } from './formIssues';

/** The data-testids of one row's buttons; a button without one gets none. */
export interface RowActionTestIds {
  history?: string;
  edit?: string;
  delete?: string;
  confirmDelete?: string;
  restore?: string;
}

/** The usual test ids for a list of `kind`: `edit-<kind>-<id>`, `confirm-delete-<kind>` … */
export function rowActionTestIds(kind: string, id: string): Required<RowActionTestIds> {
  return {
    history: `history-${kind}-${id}`,
    edit: `edit-${kind}-${id}`,
    delete: `delete-${kind}-${id}`,
    confirmDelete: `confirm-delete-${kind}`,
    restore: `restore-${kind}-${id}`,
  };
}

export interface RowActionsProps {
  /** Names the record in the delete confirmation. */
  name: string;
  testIds: RowActionTestIds;
  onHistory?: () => void;
  onEdit?: () => void;
  onDelete?: () => unknown;
  /** Set for a trashed record: it shows Restore instead of Edit and Delete. */
  onRestore?: () => void;
  restoring?: boolean;
  /** Icons on Edit and Delete (the timeline shows them). */
  icons?: boolean;
  /** Keeps clicks and keys from reaching a clickable row (or card) around the buttons. */
  isolate?: boolean;
  /** Shown before the buttons (a tag, a row-specific button). */
  children?: ReactNode;
}

/** A row's History / Edit / Delete (with confirmation) buttons, or Restore for a trashed row. */
export function RowActions(props: RowActionsProps) {
  const { t } = useTranslation();
  const { testIds } = props;
  const stop = props.isolate ? (e: { stopPropagation: () => void }) => e.stopPropagation() : undefined;
  return (
    <Flex gap={4} align="center" wrap onClick={stop} onKeyDown={stop}>
      {props.children}
      {props.onHistory ? (
        <Button size="small" onClick={props.onHistory} data-testid={testIds.history}>
          {t('admin.common.history')}
        </Button>
      ) : null}
      {props.onRestore ? (
        <Button size="small" loading={props.restoring} onClick={props.onRestore} data-testid={testIds.restore}>
          {t('common.restore')}
        </Button>
      ) : (
        <>
          {props.onEdit ? (
            <Button size="small" icon={props.icons ? <EditOutlined aria-hidden /> : undefined} onClick={props.onEdit} data-testid={testIds.edit}>
              {t('common.edit')}
            </Button>
          ) : null}
          {props.onDelete ? (
            <Popconfirm
              title={t('common.deleteConfirm', { name: props.name })}
              okText={t('common.delete')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true, ...(testIds.confirmDelete ? testId(testIds.confirmDelete) : {}) }}
              onConfirm={props.onDelete}
            >
              <Button size="small" danger icon={props.icons ? <DeleteOutlined aria-hidden /> : undefined} data-testid={testIds.delete}>
                {t('common.delete')}
              </Button>
            </Popconfirm>
          ) : null}
        </>
      )}
    </Flex>
  );
}
