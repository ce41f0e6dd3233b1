import { describe, expect, it } from 'vitest';
import { fieldRefs, parseClauseMarkup, parseInline } from '@shared/documents/clauseMarkup';

describe('clause markup', () => {
  it('splits paragraphs on blank lines and keeps single newlines as breaks', () => {
    const blocks = parseClauseMarkup('第一段\n第一段续\n\n第二段');
    expect(blocks).toEqual([
      { type: 'paragraph', runs: [{ type: 'text', text: '第一段', bold: false }, { type: 'break' }, { type: 'text', text: '第一段续', bold: false }] },
      { type: 'paragraph', runs: [{ type: 'text', text: '第二段', bold: false }] },
    ]);
  });

  it('groups "1. " lines into a numbered list and "- " lines into bullets', () => {
    const blocks = parseClauseMarkup('引言：\n1. 甲\n2. 乙\n- 丙\n- 丁\n结语');
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'numbered', 'bullets', 'paragraph']);
    const numbered = blocks[1];
    expect(numbered?.type === 'numbered' && numbered.items.map((i) => i.number)).toEqual(['1', '2']);
  });

  it('parses **bold** runs and leaves an unmatched ** literal', () => {
    expect(parseInline('按**每月**支付')).toEqual([
      { type: 'text', text: '按', bold: false },
      { type: 'text', text: '每月', bold: true },
      { type: 'text', text: '支付', bold: false },
    ]);
    expect(parseInline('a ** b')).toEqual([{ type: 'text', text: 'a ** b', bold: false }]);
  });

  it('recognises catalogue fields, also inside bold, and leaves other braces as text', () => {
    expect(parseInline('**{甲方全称}**与{{7*7}}和${x}')).toEqual([
      { type: 'field', name: '甲方全称', bold: true },
      { type: 'text', text: '与{{7*7}}和${x}', bold: false },
    ]);
    expect(fieldRefs('{乙方全称}{金额(大写)}{乙方全称}{未知}')).toEqual(['乙方全称', '金额(大写)']);
    expect(fieldRefs('{实训室名称}', (n) => n === '实训室名称')).toEqual(['实训室名称']);
  });

  it('never produces markup from angle brackets: they stay text', () => {
    expect(parseInline('<b>x</b>')).toEqual([{ type: 'text', text: '<b>x</b>', bold: false }]);
  });
});
