import { Button, Progress, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JobState } from '../api/useJob';

/** Progress of a running job with its phase and a Cancel button; nothing when idle. */
export function JobProgressBar({ state, onCancel }: { state: JobState; onCancel: () => void }) {
  const { t } = useTranslation();
  if (!state.running) return null;
  const p = state.progress;
  const percent = p && p.total ? Math.min(100, Math.round((p.done / p.total) * 100)) : undefined;
  return (
    <Space data-testid="job-progress" align="center" style={{ width: '100%' }} aria-live="polite">
      <Typography.Text>{t(`jobs.phases.${p?.phase ?? 'preparing'}`)}</Typography.Text>
      <Progress
        style={{ width: 240, margin: 0 }}
        percent={percent ?? 0}
        status="active"
        showInfo={percent !== undefined}
        aria-label={t(`jobs.phases.${p?.phase ?? 'preparing'}`)}
      />
      <Button onClick={onCancel} data-testid="job-cancel">
        {t('jobs.cancel')}
      </Button>
    </Space>
  );
}
