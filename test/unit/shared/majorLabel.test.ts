import { describe, expect, it } from 'vitest';
import { majorLabel, majorOptions } from '../../../src/shared/domain/rules/majorLabel';

// Pickers name a 专业方向 '专业代码 专业 / 方向' and list it right after its 专业.
const M = { id: 'm', code: '510201', name: '计算机应用技术', parentMajorId: null };
const N = { id: 'n', code: '510203', name: '软件技术', parentMajorId: null };
const D = { id: 'd', code: '510201', name: '软件测试', parentMajorId: 'm' };
const ORPHAN = { id: 'o', code: '460701', name: '新能源方向', parentMajorId: 'trashed' };

describe('majorLabel', () => {
  it('names a direction with its 专业', () => {
    expect(majorLabel(M, [M, D])).toBe('510201 计算机应用技术');
    expect(majorLabel(D, [M, D])).toBe('510201 计算机应用技术 / 软件测试');
    // A direction whose 专业 is not in the list (trashed) still shows its own name.
    expect(majorLabel(ORPHAN, [M, ORPHAN])).toBe('460701 新能源方向');
  });

  it('lists each 专业 followed by its directions, keeping every row', () => {
    expect(majorOptions([M, N, D, ORPHAN]).map((o) => o.label)).toEqual([
      '510201 计算机应用技术', '510201 计算机应用技术 / 软件测试', '510203 软件技术', '460701 新能源方向',
    ]);
  });
});
