import type { ReactNode } from 'react';
import { Alert, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';
import { testId } from './formIssues';
import { useCloseGuard } from './useUnsavedGuard';

/**
 * The modal around a record's form: Save submits the form, Cancel closes; above the form,
 * the save's error and the problems that match no field (see showIssuesOnForm). With `dirty`
 * (see useFormDirty), Cancel, Esc and × ask before dropping unsaved changes.
 */
export function FormModal(props: {
  title: string;
  saving: boolean;
  onSubmit: () => void;
  onClose: () => void;
  saveTestId: string;
  error: unknown;
  problems: readonly string[];
  width?: number;
  dirty?: () => boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const close = useCloseGuard(props.dirty, props.onClose);
  return (
    <Modal
      open
      title={props.title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={props.saving}
      onOk={props.onSubmit}
      onCancel={close}
      okButtonProps={testId(props.saveTestId)}
      destroyOnHidden
      {...(props.width !== undefined ? { width: props.width } : {})}
    >
      {props.error ? <ErrorAlert error={props.error} /> : null}
      {props.problems.length > 0 ? <Alert type="error" showIcon title={props.problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      {props.children}
    </Modal>
  );
}
