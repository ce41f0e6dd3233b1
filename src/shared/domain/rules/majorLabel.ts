import type { Major } from '../reference';

// How pickers name a major: '510201 计算机应用技术', and a 专业方向 (migration 0017) as
// '510201 计算机应用技术 / 软件测试' so the officer sees which 专业 it belongs to.

type MajorNaming = Pick<Major, 'id' | 'code' | 'name' | 'parentMajorId'>;

export function majorLabel(major: MajorNaming, all: readonly MajorNaming[]): string {
  const parent = major.parentMajorId === null ? undefined : all.find((m) => m.id === major.parentMajorId);
  return parent ? `${major.code} ${parent.name} / ${major.name}` : `${major.code} ${major.name}`;
}

/** Picker options, each 专业 followed by its directions. */
export function majorOptions(all: readonly MajorNaming[]): { value: string; label: string }[] {
  const ordered: MajorNaming[] = [];
  for (const m of all) {
    if (m.parentMajorId !== null && all.some((p) => p.id === m.parentMajorId)) continue;
    ordered.push(m, ...all.filter((d) => d.parentMajorId === m.id));
  }
  return ordered.map((m) => ({ value: m.id, label: majorLabel(m, all) }));
}
