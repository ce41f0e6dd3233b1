/**
 * Applies a parsed patch onto the current record. Only keys the caller sent count:
 * zod leaves absent keys out (or undefined), while an explicit null clears a field.
 */
export function mergePatch<T extends object>(current: T, patch: Partial<T>): T {
  const merged: T = { ...current };
  for (const key of Object.keys(patch) as (keyof T)[]) {
    const value = patch[key];
    if (value !== undefined) merged[key] = value as T[keyof T];
  }
  return merged;
}
