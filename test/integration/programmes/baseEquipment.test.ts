import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { yuanToFen } from '@shared/format/money';
import { caught, countRows } from '../funding/fixtures';
import { expectDomainError, programmeEnv, type ProgrammeTestEnv } from './helpers';

// 校内实践基地 equipment on the yearly figures (migration 0010, domain §2.3): 分 in and out
// unchanged, the two "part of the total" rules, and the audit row carrying the figures.

let env: ProgrammeTestEnv;
beforeEach(async () => {
  env = await programmeEnv();
});
afterEach(() => env.t.close());

async function internalBase(): Promise<string> {
  return (await env.p.internshipBases.create({ name: '云计算实训室', kind: 'internal_joint', organisationId: env.partnerId })).id;
}

describe('base year stats: equipment figures', () => {
  it('stores the amounts in 分 exactly as entered in 元 and lists them back', async () => {
    const baseId = await internalBase();
    // 1,234,567.89 元 and 0.01 元: no float drift on the way through the database.
    const total = yuanToFen('1,234,567.89');
    const saved = await env.p.baseYearStats.upsert({
      baseId, academicYear: 2025, equipmentTotalFen: total, equipmentNewFen: yuanToFen('0.01'), equipmentCount: 96, largeEquipmentCount: 6,
    });
    expect(saved).toMatchObject({ equipmentTotalFen: 123_456_789, equipmentNewFen: 1, equipmentCount: 96, largeEquipmentCount: 6 });
    const [listed] = await env.p.baseYearStats.list({ baseId });
    expect(listed).toEqual(saved);
    const stored = env.t.app.sqlite
      .prepare('select equipment_total_fen, equipment_new_fen, equipment_count, large_equipment_count from base_year_stat')
      .get();
    expect(stored).toEqual({ equipment_total_fen: 123_456_789, equipment_new_fen: 1, equipment_count: 96, large_equipment_count: 6 });
    const audit = env.t.app.sqlite.prepare(`select after_json from audit_log where table_name = 'base_year_stat'`).pluck().get();
    expect(JSON.parse(String(audit))).toMatchObject({ equipment_total_fen: 123_456_789, equipment_new_fen: 1 });
  });

  it('keeps figures left empty as null (not 0) and replaces them with the whole row', async () => {
    const baseId = await internalBase();
    await env.p.baseYearStats.upsert({ baseId, academicYear: 2025, equipmentTotalFen: 500_000_00 });
    const replaced = await env.p.baseYearStats.upsert({ baseId, academicYear: 2025, studentVisits: 30 });
    expect(replaced).toMatchObject({ equipmentTotalFen: null, equipmentNewFen: null, equipmentCount: null, largeEquipmentCount: null });
  });

  it('refuses new equipment above the total and large equipment above the count, on the right fields', async () => {
    const baseId = await internalBase();
    const over = expectDomainError(
      await caught(() =>
        env.p.baseYearStats.upsert({ baseId, academicYear: 2025, equipmentTotalFen: 100_000_00, equipmentNewFen: 100_000_01, equipmentCount: 5, largeEquipmentCount: 6 }),
      ),
      'VALIDATION',
    );
    expect(over.issues?.map(({ path, message }) => ({ path, message }))).toEqual([
      { path: ['equipmentNewFen'], message: 'programmes.newEquipmentOverTotal' },
      { path: ['largeEquipmentCount'], message: 'programmes.largeEquipmentOverCount' },
    ]);
    const negative = expectDomainError(await caught(() => env.p.baseYearStats.upsert({ baseId, academicYear: 2025, equipmentTotalFen: -1 })), 'VALIDATION');
    expect(negative.issues?.map((i) => i.path)).toEqual([['equipmentTotalFen']]);
    const fraction = expectDomainError(await caught(() => env.p.baseYearStats.upsert({ baseId, academicYear: 2025, equipmentNewFen: 1.5 })), 'VALIDATION');
    expect(fraction.issues?.map((i) => i.path)).toEqual([['equipmentNewFen']]);
    expect(countRows(env.t.app.sqlite, 'base_year_stat')).toBe(0);
    // Equal values, and new equipment without a recorded total, are accepted.
    await env.p.baseYearStats.upsert({ baseId, academicYear: 2025, equipmentTotalFen: 100_000_00, equipmentNewFen: 100_000_00, equipmentCount: 5, largeEquipmentCount: 5 });
    await env.p.baseYearStats.upsert({ baseId, academicYear: 2024, equipmentNewFen: 20_000_00 });
    expect(countRows(env.t.app.sqlite, 'base_year_stat')).toBe(2);
  });
});
