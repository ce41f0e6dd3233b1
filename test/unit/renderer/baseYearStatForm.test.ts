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
};

describe('base year stat form model', () => {
  it('shows equipment for on-campus bases only', () => {
    expect([showsEquipment('internal_joint'), showsEquipment('external')]).toEqual([true, false]);
  });

  it('turns stored 分 into 元 and back without drift', () => {
    const values = statToFormValues(2025, stored);
    expect(values).toMatchObject({ academicYear: 2025, studentVisits: 5, equipmentTotalFen: 1_234_567.89, equipmentNewFen: 0.01, equipmentCount: 9, largeEquipmentCount: null });
    const draft = BaseYearStatUpsert.parse(formValuesToDraft(values, BASE, true, stored));
    expect(draft).toMatchObject({ equipmentTotalFen: 123_456_789, equipmentNewFen: 1, equipmentCount: 9, largeEquipmentCount: null });
    expect(statToFormValues(2024, undefined)).toMatchObject({ equipmentTotalFen: null, equipmentNewFen: null });
  });

  it('rejects an amount finer than 1 分 on its field', () => {
    const result = BaseYearStatUpsert.safeParse(formValuesToDraft({ academicYear: 2025, equipmentTotalFen: 10.005 }, BASE, true, undefined));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toEqual([['equipmentTotalFen']]);
  });

  it('keeps the stored equipment when the form does not show it', () => {
    const draft = formValuesToDraft({ academicYear: 2025, studentVisits: 8 }, BASE, false, stored);
    expect(draft).toMatchObject({ studentVisits: 8, equipmentTotalFen: 123_456_789, equipmentNewFen: 1, equipmentCount: 9, largeEquipmentCount: null });
    expect(formValuesToDraft({ academicYear: 2024 }, BASE, false, undefined)).toMatchObject({ equipmentTotalFen: null, equipmentCount: null });
  });
});
