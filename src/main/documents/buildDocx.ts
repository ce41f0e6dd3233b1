import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { DocumentInput } from '@shared/documents/documentInput';
import {
  BLANK_TEXT,
  layoutDocument,
  type PartyLine,
  type ResolvedBlock,
  type ResolvedRun,
  type SignatureBlockLayout,
} from '@shared/documents/documentLayout';

// The same layout as the print template, as a Word/WPS document for editing: headings,
// numbered clauses, bold runs, parties block, a signature table (one cell per party) and a
// footer with PAGE / NUMPAGES fields. East Asian text in 宋体 like printed contracts.

const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体', cs: 'Times New Roman' };
const BODY_SIZE = 24; // half-points: 12 pt (小四)
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };

function runs(rs: readonly ResolvedRun[], boldAll = false): TextRun[] {
  return rs.map((r) => {
    if (r.type === 'break') return new TextRun({ break: 1 });
    const text = r.type === 'blank' ? BLANK_TEXT : r.text;
    return new TextRun({ text, bold: boldAll || r.bold });
  });
}

function blockParagraphs(blocks: readonly ResolvedBlock[]): Paragraph[] {
  return blocks.flatMap((b) => {
    if (b.type === 'paragraph') return [new Paragraph({ children: runs(b.runs), indent: { firstLine: 480 } })];
    return b.items.map(
      (item) =>
        new Paragraph({
          children: [new TextRun(item.number !== null ? `${item.number}. ` : '• '), ...runs(item.runs)],
          indent: { left: 480 + 360, hanging: 360 },
        }),
    );
  });
}

function lineParagraph(line: PartyLine, boldLabel = false): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: line.label, bold: boldLabel }), ...runs(line.runs)], spacing: { after: 0 } });
}

function signatureCell(block: SignatureBlockLayout | undefined): TableCell {
  const children = block
    ? block.lines.map((line) => new Paragraph({ children: [new TextRun(line.label), ...runs(line.runs)], spacing: { after: 280 } }))
    : [new Paragraph('')];
  return new TableCell({ children, width: { size: 50, type: WidthType.PERCENTAGE }, borders: NO_BORDERS });
}

function signatureTable(blocks: readonly SignatureBlockLayout[]): Table {
  const rows: TableRow[] = [];
  for (let i = 0; i < blocks.length; i += 2) {
    rows.push(new TableRow({ cantSplit: true, children: [signatureCell(blocks[i]), signatureCell(blocks[i + 1])] }));
  }
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE }, borders: NO_BORDERS });
}

/** The agreement document as a .docx file. */
export async function buildDocx(input: DocumentInput): Promise<Buffer> {
  const layout = layoutDocument(input);
  const zh = layout.lang === 'zh-CN';
  const { before, middle, after } = layout.footer;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: runs(layout.title, true) }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(layout.number.label), ...runs(layout.number.runs)] }),
    ...layout.parties.flatMap((p) => [...p.lines.map((line, i) => lineParagraph(line, i === 0)), new Paragraph('')]),
    ...blockParagraphs(layout.preamble),
    ...layout.clauses.flatMap((c) => [
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        keepNext: true,
        children: [new TextRun({ text: `${c.label}${zh ? '\u3000' : ' '}`, bold: true }), ...runs(c.heading, true)],
      }),
      ...blockParagraphs(c.blocks),
    ]),
    ...blockParagraphs(layout.closing),
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 480, after: 240 }, children: runs(layout.signatureTitle) }),
    signatureTable(layout.signatures),
  ];
  const doc = new Document({
    creator: 'PartnerDesk',
    title: layout.title.map((r) => (r.type === 'text' ? r.text : r.type === 'blank' ? BLANK_TEXT : ' ')).join(''),
    styles: {
      default: { document: { run: { font: FONT, size: BODY_SIZE }, paragraph: { spacing: { line: 360, after: 60 } } } },
      paragraphStyles: [
        { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', run: { font: FONT, size: 36, bold: true, color: '000000' }, paragraph: { spacing: { after: 120 } } },
        { id: 'Heading2', name: 'Heading 2', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: FONT, size: BODY_SIZE, bold: true, color: '000000' }, paragraph: { spacing: { before: 160, after: 60 } } },
      ],
    },
    sections: [
      {
        properties: { page: { margin: { top: 1418, bottom: 1247, left: 1418, right: 1418 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [before, PageNumber.CURRENT, middle, PageNumber.TOTAL_PAGES, after], size: 20 })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
