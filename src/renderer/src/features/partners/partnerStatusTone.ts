import type { PARTNER_STATUSES } from '@shared/domain/enums';
import type { StatusTone } from '../../components/StatusTag';

// Tones carry no meaning of their own (the label does); they only help scanning.
const TONES: Record<(typeof PARTNER_STATUSES)[number], StatusTone> = {
  prospect: 'default',
  negotiating: 'processing',
  active: 'success',
  paused: 'warning',
  ended: 'error',
};

export function partnerStatusTone(status: (typeof PARTNER_STATUSES)[number]): StatusTone {
  return TONES[status];
}
