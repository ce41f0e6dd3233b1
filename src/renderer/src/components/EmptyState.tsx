import type { ReactNode } from 'react';
import { Button, Empty, Flex, Typography } from 'antd';
import { ClearOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { ImportEntity } from '@shared/domain/importing';
import { importPath } from '../features/import/importLink';

// What an empty list says: either how to start (新建, and 导入 where an import of that kind
// exists) or, when filters or a search hide everything, how to see it all again (清除筛选).
// Passed to PagedTable's emptyText (antd's locale.emptyText) or shown in place of a list.

export interface EmptyStateProps {
  /** What is missing, as the user would say it: 还没有合作单位. */
  title: string;
  /** One line on what to do next. */
  hint?: string;
  /** Filters or a search are set: the list is empty because of them, not because nothing exists. */
  filtered?: boolean;
  onClearFilters?: () => void;
  createLabel?: string;
  onCreate?: () => void;
  /** The import wizard's kind for this list; adds 导入 (opens the wizard with it chosen). */
  importEntity?: ImportEntity;
  /** Further buttons or links, e.g. to the screen where these records come from. */
  actions?: ReactNode;
  /** Without the picture, for a list among others (a reminders group, a tab). */
  compact?: boolean;
  testId?: string;
}

export function EmptyState(props: EmptyStateProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const testId = props.testId ?? 'empty-state';
  const filtered = props.filtered === true;
  const title = filtered ? t('emptyState.noMatch') : props.title;
  const hint = filtered ? t('emptyState.noMatchHint') : props.hint;

  const buttons: ReactNode[] = [];
  if (filtered && props.onClearFilters) {
    buttons.push(
      <Button key="clear" icon={<ClearOutlined aria-hidden />} onClick={props.onClearFilters} data-testid={`${testId}-clear`}>
        {t('emptyState.clearFilters')}
      </Button>,
    );
  }
  if (!filtered && props.onCreate) {
    buttons.push(
      <Button key="create" type="primary" icon={<PlusOutlined aria-hidden />} onClick={props.onCreate} data-testid={`${testId}-create`}>
        {props.createLabel ?? t('emptyState.create')}
      </Button>,
    );
  }
  const importEntity = props.importEntity;
  if (!filtered && importEntity) {
    buttons.push(
      <Button key="import" icon={<UploadOutlined aria-hidden />} onClick={() => navigate(importPath(importEntity))} data-testid={`${testId}-import`}>
        {t('emptyState.import')}
      </Button>,
    );
  }
  if (!filtered && props.actions) buttons.push(<span key="actions">{props.actions}</span>);

  const body = (
    <Flex vertical gap={8} align="center">
      <Flex vertical gap={2} align="center">
        <Typography.Text strong>{title}</Typography.Text>
        {/* antd greys empty text below AA contrast; the theme's secondary text passes. */}
        {hint ? <Typography.Text type="secondary">{hint}</Typography.Text> : null}
      </Flex>
      {buttons.length > 0 ? (
        <Flex gap={8} justify="center" wrap>
          {buttons}
        </Flex>
      ) : null}
    </Flex>
  );

  return (
    <div data-testid={testId} data-empty={filtered ? 'noMatch' : 'none'} style={{ padding: props.compact ? '8px 0' : '16px 0' }}>
      {props.compact ? body : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={body} />}
    </div>
  );
}
