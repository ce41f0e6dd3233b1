import ExcelJS from 'exceljs';
import type { Language } from '@shared/i18n';
import type { EntityDef } from './entities/entityDef';
import { zhLabels } from './enumLabels';
import { translate } from './translate';

const TEMPLATE_ROWS = 1000;

function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/**
 * An import template: Chinese headers (the first synonym, which the import recognises),
 * one example row, code columns formatted as text ('@') so Excel keeps every digit, and
 * drop-down lists of the Chinese labels for enumerations (kept on a hidden sheet: a
 * list written inline is limited to 255 characters).
 */
export async function writeTemplate(file: string, def: EntityDef<never>, language: Language | null): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(translate(language, `import.entities.${def.entity}`));
  const lists = wb.addWorksheet('选项', { state: 'hidden' });
  ws.addRow(def.fields.map((f) => `${f.synonyms[0] ?? f.field}${f.required ? '*' : ''}`)).font = { bold: true };
  ws.addRow(def.fields.map((f) => f.example || null));
  let listColumn = 0;
  def.fields.forEach((f, i) => {
    const column = ws.getColumn(i + 1);
    column.width = Math.max(12, (f.synonyms[0]?.length ?? 4) * 2 + 4);
    const letter = columnLetter(i + 1);
    if (f.kind === 'code' || f.kind === 'phone') {
      for (let r = 1; r <= TEMPLATE_ROWS; r++) ws.getCell(`${letter}${r}`).numFmt = '@';
    }
    if (f.kind === 'enum' && f.enumName) {
      listColumn++;
      const labels = zhLabels(f.enumName);
      const listLetter = columnLetter(listColumn);
      labels.forEach((label, j) => {
        lists.getCell(`${listLetter}${j + 1}`).value = label;
      });
      for (let r = 2; r <= TEMPLATE_ROWS; r++) {
        ws.getCell(`${letter}${r}`).dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`'选项'!$${listLetter}$1:$${listLetter}$${labels.length}`],
        };
      }
    }
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  await wb.xlsx.writeFile(file);
}
