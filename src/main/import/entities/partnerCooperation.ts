import type { AgreementDraft } from '@shared/domain/agreement';
import { liveAgreementOfType } from '../cooperationRepository';
import type { ImportWriters } from '../importWriters';

// A roster's 合作开始日期 / 合作类型 (issue 10) describe the partner's agreement, not the
// partner: the import creates that agreement (type from the column, else framework; 甲 the
// college, 乙 the partner; active) through the agreement service inside the import's
// transaction. On an update, a partner that already has a live agreement of that type gets
// its empty start date filled; nothing that is already there is overwritten.

export interface Cooperation {
  type: string;
  startDate: string | null;
  schoolName: string | null;
}

export function cooperationDraft(c: Cooperation, partnerId: string, partnerName: string): AgreementDraft {
  const suffix = ' 校企合作协议';
  return {
    // The title's limit (200) is also the name's: a very long name is shortened, not refused.
    title: `${partnerName.slice(0, 200 - suffix.length)}${suffix}`,
    type: c.type as AgreementDraft['type'],
    startDate: c.startDate,
    parties: [
      { role: '甲', partyType: 'school', displayName: c.schoolName },
      { role: '乙', partyType: 'enterprise', organisationId: partnerId },
    ],
  };
}

export async function writeCooperation(w: ImportWriters, c: Cooperation, partnerId: string, partnerName: string): Promise<void> {
  const existing = await liveAgreementOfType(w.trx, partnerId, c.type);
  if (existing) {
    if (!existing.startDate && c.startDate) {
      await w.agreements.update({ id: existing.id, patch: { startDate: c.startDate } });
    }
    return;
  }
  const created = await w.agreements.create(cooperationDraft(c, partnerId, partnerName));
  await w.agreements.transition({ id: created.id, to: 'active' });
}
