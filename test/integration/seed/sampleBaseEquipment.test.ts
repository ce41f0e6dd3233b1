import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import { r6InternalBaseEquipment } from '../../../src/main/reports/definitions/r6InternalBaseEquipment';
import { registerCore, runReport } from '../reports/registerTestContext';

// The sample's on-campus bases (the 4th and 8th base, i = 3 and 7 in sampleProgrammes.ts)
// record equipment, so R6 shows 设备总值 / 当年新增设备值 on first start (today 2026-11-28).
//   学年 2026: total = (1,520,000 + 10,000·i) + (340,000 + 1,000·i) 元, new = 340,000 + 1,000·i 元
//     i = 3 → 1,893,000 / 343,000 元; i = 7 → 1,937,000 / 347,000 元
//   学年 2025: total = 1,520,000 + 10,000·i 元 (1,550,000 / 1,590,000), new 280,000 元
//   智能制造公共实训中心 (the college's own base, no partner): 3,450,000 / 250,000 元 in 2026,
//   3,200,000 / 200,000 元 in 2025.

let core: Core;

beforeAll(async () => {
  core = await registerCore();
  await core.services.seed.sample({ mode: 'sample' });
}, 120_000);
afterAll(() => core.close());

const figures = async (startYear: number) => {
  const [section] = await runReport(core, r6InternalBaseEquipment, { kind: 'academic', startYear });
  return (section?.rows ?? []).map((r) => [r.cells['totalEquipmentFen'], r.cells['newEquipmentFen']]).sort();
};

describe('sample data: R6 equipment', () => {
  it('fills 设备总值 and 当年新增设备值 for the current and the previous 学年', async () => {
    expect(await figures(2026)).toEqual([
      [189_300_000, 34_300_000],
      [193_700_000, 34_700_000],
      [345_000_000, 25_000_000],
    ]);
    expect(await figures(2025)).toEqual([
      [155_000_000, 28_000_000],
      [159_000_000, 28_000_000],
      [320_000_000, 20_000_000],
    ]);
  }, 60_000);
});
