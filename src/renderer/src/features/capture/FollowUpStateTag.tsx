import { useTranslation } from 'react-i18next';
import type { FollowUpState } from '@shared/domain/capture';
import { StatusTag, type StatusTone } from '../../components/StatusTag';

const TONE: Record<FollowUpState, StatusTone> = {
  none: 'default',
  done: 'success',
  overdue: 'error',
  due: 'warning',
  planned: 'processing',
};

/** The follow-up state the core judged (done / overdue / due / planned). */
export function FollowUpStateTag({ state }: { state: FollowUpState }) {
  const { t } = useTranslation();
  return (
    <span data-testid="follow-up-state" data-state={state}>
      <StatusTag tone={TONE[state]}>{t(`capture.followUpState.${state}`)}</StatusTag>
    </span>
  );
}
