import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { translator } from '../i18n';
import { errorMessage } from './errorText';

/** An error from the core in the user's language; never the raw message or a stack. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={errorMessage(translator, error)}
      action={onRetry ? <Button onClick={onRetry}>{t('app.retry')}</Button> : undefined}
      style={{ marginBottom: 16 }}
    />
  );
}
