import type { Channel } from '@shared/ipc/channels';
import type { TRASH_ENTITY_TYPES } from '@shared/domain/system';

export type TrashEntityType = (typeof TRASH_ENTITY_TYPES)[number];

/** The restore channel of each kind of trashed record; all take { id }. */
export const RESTORE_CHANNELS = {
  partner: 'partners:restore',
  contact: 'contacts:restore',
  agreement: 'agreements:restore',
  interaction: 'interactions:restore',
  course: 'courses:restore',
  fundingSource: 'fundingSources:restore',
  fundingTxn: 'fundingTxns:restore',
  contribution: 'contributions:restore',
} as const satisfies Record<TrashEntityType, Channel>;

/** Where a restored record can be opened, when it has a page of its own. */
export function pathOfRestored(entityType: TrashEntityType, id: string): string | null {
  return entityType === 'partner' ? `/partners/${id}` : null;
}
