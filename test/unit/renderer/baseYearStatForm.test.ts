import { describe, expect, it } from 'vitest';
import { BaseYearStatUpsert, type BaseYearStat } from '@shared/domain/programmes';
import { formValuesToDraft, showsEquipment, statToFormValues } from '../../../src/renderer/src/features/programmes/baseYearStatForm';

// The yearly-figures form: equipment amounts in 元 on screen, 分 in the record; bases whose
// form hides the equipment fields must not erase the stored figures when saved.

const BASE = '01900000-0000-7000-8000-000000000001';
const stored: BaseYearStat = {
  id: '01900000-0000-7000-8000-000000000002', baseId: BASE, academicYear: 2025, projectCount: null, projectNames: null, studentVisits: 5,
  usageDays: null, halfYearInterns: null, supervisorsSent: null, graduatesEmployed: null,
  equipmentTotalFen: 123_456_789, equipmentNewFen: 1, equipmentCount: 9, largeEquipmentCount: null,
  buildingAreaM2: 1250.5, internalPersonHours: 0, socialPersonHours: null, selfDevelopedEquipmentFen: 50_000_00,
  consumablesFen: 1_234_567, maintenanceFen: null, fullTimeManagers: 2, partTimeManagers: null,
};

describe('base year stat form model', () => {
  it('shows the 校内实践基地 fields for on-campus bases only', () => {
    expect([showsEquipment('internal_joint'), showsEquipment('internal'), showsEquipment('external')]).toEqual([true, true, false]);
  });

  it('turns stored 分 into 元 and back without drift', () => {
    const values = statToFormValues(2025, stored);
    expect(values).toMatchObject({ academicYear: 2025, studentVisits: 5, equipmentTotalFen: 1_234_567.89, equipmentNewFen: 0.01, equipmentCount: 9, largeEquipmentCount: null });
    const draft = BaseYearStatUpsert.parse(formValuesToDraft(values, BASE, true, stored));
    expect(draft).toMatchObject({ equipmentTotalFen: 123_456_789, equipmentNewFen: 1, equipmentCount: 9, largeEquipmentCount: null });
    expect(statToFormValues(2024, undefined)).toMatchObject({ equipmentTotalFen: null, equipmentNewFen: null });
  });

  it('carries every 校内实践基地 field: money 元 ↔ 分, 0 kept apart from blank', () => {
    const values = statToFormValues(2025, stored);
    // 1,234,567 分 = 12,345.67 元; 5,000,000 分 = 50,000 元.
    expect(values).toMatchObject({ buildingAreaM2: 1250.5, internalPersonHours: 0, socialPersonHours: null, selfDevelopedEquipmentFen: 50_000, consumablesFen: 12_345.67, maintenanceFen: null, fullTimeManagers: 2 });
    const draft = BaseYearStatUpsert.parse(formValuesToDraft({ ...values, maintenanceFen: 0.1 }, BASE, true, stored));
    expect(draft).toMatchObject({ buildingAreaM2: 1250.5, internalPersonHours: 0, socialPersonHours: null, selfDevelopedEquipmentFen: 5_000_000, consumablesFen: 1_234_567, maintenanceFen: 10, fullTimeManagers: 2, partTimeManagers: null });
  });

  it('rejects an amount finer than 1 分 on its field', () => {
    const result = BaseYearStatUpsert.safeParse(formValuesToDraft({ academicYear: 2025, equipmentTotalFen: 10.005 }, BASE, true, undefined));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toEqual([['equipmentTotalFen']]);
  });

  it('keeps the stored equipment when the form does not show it', () => {
    const draft = formValuesToDraft({ academicYear: 2025, studentVisits: 8 }, BASE, false, stored);
    expect(draft).toMatchObject({ studentVisits: 8, equipmentTotalFen: 123_456_789, equipmentNewFen: 1, equipmentCount: 9, largeEquipmentCount: null, buildingAreaM2: 1250.5, consumablesFen: 1_234_567 });
    expect(formValuesToDraft({ academicYear: 2024 }, BASE, false, undefined)).toMatchObject({ equipmentTotalFen: null, equipmentCount: null });
  });
});

describe('base year stat schema: the 校内实践基地 figures', () => {
  const draft = (extra: Record<string, unknown>) => BaseYearStatUpsert.safeParse({ baseId: BASE, academicYear: 2025, ...extra });
  it('takes 建筑面积 with up to two decimals and refuses negatives and finer values on their field', () => {
    for (const area of [0, 0.07, 1234.56, 2400.1, 98765.43]) expect(draft({ buildingAreaM2: area }).success).toBe(true);
    expect(draft({ buildingAreaM2: 1250.555 }).error?.issues.map((i) => i.path)).toEqual([['buildingAreaM2']]);
    expect(draft({ buildingAreaM2: -1 }).error?.issues.map((i) => i.path)).toEqual([['buildingAreaM2']]);
    expect(draft({ socialPersonHours: -1, maintenanceFen: 1.5 }).error?.issues.map((i) => i.path)).toEqual([['socialPersonHours'], ['maintenanceFen']]);
  });
});
