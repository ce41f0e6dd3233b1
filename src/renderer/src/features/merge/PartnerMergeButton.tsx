import type { Partner } from '@shared/domain/partner';

/** Merge another partner into this one: shown on the partner page. */
export function PartnerMergeButton(_props: { partner: Partner; onMerged: () => void }) {
  return null;
}
