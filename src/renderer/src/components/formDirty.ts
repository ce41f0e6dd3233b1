// Whether a form holds changes the user has not saved. Pure, so the rule is unit-tested.
// Controls report "nothing" differently ('' from a cleared input, undefined from an untouched
// one, null from a cleared select, [] from an emptied tag list, false from an unticked box),
// and antd adds a key for every registered field, so all of these count as one blank value:
// opening a form and leaving it as it was must never ask "leave without saving?".

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** A value that means "nothing entered". */
export function isBlankFormValue(v: unknown): boolean {
  return (
    v === undefined ||
    v === null ||
    v === false ||
    (typeof v === 'string' && v.trim() === '') ||
    (Array.isArray(v) && v.length === 0) ||
    (isPlainObject(v) && Object.values(v).every(isBlankFormValue))
  );
}

/** Same value as far as the user can tell: blanks are equal, text ignores surrounding spaces (saving trims it). */
export function sameFormValue(a: unknown, b: unknown): boolean {
  if (isBlankFormValue(a) && isBlankFormValue(b)) return true;
  if (typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameFormValue(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => sameFormValue(a[k], b[k]));
  }
  return Object.is(a, b);
}

/** True when the form's current values differ from the values it was opened with. */
export function isFormDirty(initial: object | undefined, current: object | undefined): boolean {
  return !sameFormValue(initial ?? {}, current ?? {});
}
