import type { ProvenanceRef } from '@shared/domain/report';
import { type BaseRecord, type EquipmentRecord, equipmentOfBase } from './indicatorBases';

// R6 社会捐赠 / 社会准捐赠设备值 of one on-campus base: the (quasi-)donated equipment of the
// 学年 that went to it (equipmentOfBase: the base's agreement, or its name or plaque as 去向).
// No such contribution → null (blank), never 0. The recorded figures (设备总值 and the rest)
// come with the base from loadBases (base_year_stat of the 学年).

export interface BaseDonations {
  donatedFen: number | null;
  quasiDonatedFen: number | null;
  donatedRefs: ProvenanceRef[];
  quasiDonatedRefs: ProvenanceRef[];
}

export function donationsOfBase(base: BaseRecord, equipment: readonly EquipmentRecord[]): BaseDonations {
  const out: BaseDonations = { donatedFen: null, quasiDonatedFen: null, donatedRefs: [], quasiDonatedRefs: [] };
  for (const e of equipment) {
    if (!equipmentOfBase(base, e)) continue;
    const ref = { table: 'contribution', id: e.id, label: [e.date, e.items].filter((x) => x).join(' ') };
    if (e.kind === 'donated_equipment') {
      out.donatedFen = (out.donatedFen ?? 0) + e.valueFen;
      out.donatedRefs.push(ref);
    } else {
      out.quasiDonatedFen = (out.quasiDonatedFen ?? 0) + e.valueFen;
      out.quasiDonatedRefs.push(ref);
    }
  }
  return out;
}
