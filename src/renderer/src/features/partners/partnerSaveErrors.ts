import type { ErrorLike } from '../../components/errorText';

// How a failed partners:create / partners:update is shown on the form. The core reports
// a duplicate USCC as CONFLICT with details { field: 'uscc', existingId, existingName,
// inTrash } and a failed check character as USCC_CHECK_FAILED { expectedCheckChar }.

export interface UsccConflict {
  existingId: string;
  existingName: string;
  inTrash: boolean;
}

export function usccConflictOf(error: ErrorLike): UsccConflict | null {
  const onUscc = error.details['field'] === 'uscc' || error.issues.some((i) => i.message === 'uscc.duplicate');
  const existingId = error.details['existingId'];
  if ((error.code !== 'CONFLICT' && error.code !== 'VALIDATION') || !onUscc || typeof existingId !== 'string') return null;
  const name = error.details['existingName'];
  return { existingId, existingName: typeof name === 'string' ? name : '', inTrash: error.details['inTrash'] === true };
}

export function isUsccCheckFailure(error: ErrorLike): boolean {
  return error.code === 'USCC_CHECK_FAILED' || error.issues.some((i) => i.message === 'uscc.check');
}
