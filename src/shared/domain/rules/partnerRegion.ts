import { regionFullName } from '../../classifications/region';

// A partner's region: the GB/T 2260 code is the fact, the readable name (广东省深圳市, which the
// list filters by prefix) follows from it when the user gave none. Kept apart from the
// partner schema so that the renderer loads the region table only where it is needed.

export function withRegionName<T extends { regionCode: string | null; regionName: string | null }>(fields: T): T {
  if (fields.regionCode === null || fields.regionName !== null) return fields;
  return { ...fields, regionName: regionFullName(fields.regionCode) };
}
