import { describe, expect, it } from 'vitest';
import { EMPTY_SELECTION, selectedOnPage, withPageSelection, without } from '../../../src/renderer/src/components/rowSelectionModel';

describe('row selection model', () => {
  it('keeps the selection of other pages when a page changes its part', () => {
    const page1 = ['a', 'b', 'c'];
    const page2 = ['d', 'e'];
    let s = withPageSelection(EMPTY_SELECTION, page1, ['a', 'c']);
    s = withPageSelection(s, page2, ['e']);
    expect([...s].sort()).toEqual(['a', 'c', 'e']);
    // Unticking on page 1 leaves page 2's choice alone.
    s = withPageSelection(s, page1, ['c']);
    expect([...s].sort()).toEqual(['c', 'e']);
    expect(selectedOnPage(s, page1)).toEqual(['c']);
    expect(selectedOnPage(s, page2)).toEqual(['e']);
  });

  it('drops ids that left the list and never mutates the old selection', () => {
    const s = withPageSelection(EMPTY_SELECTION, ['a', 'b'], ['a', 'b']);
    const after = without(s, ['a']);
    expect([...after]).toEqual(['b']);
    expect([...s].sort()).toEqual(['a', 'b']);
    expect(without(s, [])).toBe(s);
    expect(EMPTY_SELECTION.size).toBe(0);
  });
});
