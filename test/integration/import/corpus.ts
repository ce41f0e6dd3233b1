import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { writeZip } from './zipWriter';

// The messy and hostile files of issue 6, generated per run so the expectations sit next
// to the bytes that cause them.

export const HUAWEI = '914403001922038216';
export const BAIDU = '91110000802100433B';
export const XIAOMI = '91110108551385082Q';
export const ALIBABA = '91330100716105852F';

async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * The office roster: a merged title row, merged group headers (联系人信息 over 姓名/手机),
 * a blank row, a totals row, dates in four text styles, a USCC with a wrong check
 * character, a USCC typed as a number, full-width digits, and the same company twice
 * with padded names. Rows (Excel numbering): 1 title, 2–3 headers, 4… data.
 */
export async function messyRoster(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('合作企业');
  ws.addRow(['2024年校企合作企业名单']);
  ws.mergeCells('A1:F1');
  ws.addRow(['单位名称', '统一社会信用代码', '合作状态', '联系人信息', null, '备注']);
  ws.addRow([null, null, null, '姓名', '手机', null]);
  ws.mergeCells('D2:E2');
  ws.mergeCells('A2:A3');
  ws.mergeCells('B2:B3');
  ws.mergeCells('C2:C3');
  ws.mergeCells('F2:F3');
  const text = (v: string) => v;
  ws.addRow(['华为技术有限公司', text(HUAWEI), '合作中', '李经理', '13812345678', '2021.3.5 签约']); // row 4
  ws.addRow(['北京百度网讯科技有限公司', '91110000802100433C', '洽谈中', '王工', '13912345678', null]); // row 5: bad check char
  ws.addRow(['小米科技有限责任公司', 914403001922038300, '潜在', null, null, null]); // row 6: USCC as number
  ws.addRow([]); // row 7: blank
  ws.addRow(['阿里巴巴（中国）网络技术有限公司', '９１３３０１００７１６１０５８５２Ｆ', '合作中', '赵敏', '１３７１２３４５６７８'.slice(0, 11), null]); // row 8: full-width
  ws.addRow(['  阿里巴巴(中国)网络技术 有限公司 ', null, '合作中', null, null, null]); // row 9: same company, padded
  ws.addRow(['合计', null, null, null, null, null]); // row 10: totals
  return toBuffer(wb);
}

/** Agreements with dates in the four text styles, a serial and a 1904 workbook flag. */
export async function datesWorkbook(date1904: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  const ws = wb.addWorksheet('协议');
  ws.addRow(['协议名称', '协议类型', '合作单位', '签订日期']);
  ws.addRow(['框架协议一', '框架合作', '华为技术有限公司', '2021.3.5']);
  ws.addRow(['框架协议二', '框架合作', '华为技术有限公司', '2021/3/5']);
  ws.addRow(['框架协议三', '框架合作', '华为技术有限公司', '2021-03-05']);
  ws.addRow(['框架协议四', '框架合作', '华为技术有限公司', '2021年3月5日']);
  ws.addRow(['框架协议五', '框架合作', '华为技术有限公司', date1904 ? 42798 : 44260]); // serial of 2021-03-05
  ws.addRow(['框架协议六', '框架合作', '华为技术有限公司', new Date(Date.UTC(2021, 2, 5))]);
  ws.getCell('D7').numFmt = 'yyyy-mm-dd';
  return toBuffer(wb);
}

/** Formulas: one with a cached result (used), one without (row error). */
export async function formulaWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名单');
  ws.addRow(['单位名称', '统一社会信用代码']);
  ws.addRow([{ formula: '"华为"&"技术有限公司"', result: '华为技术有限公司' }, HUAWEI]);
  ws.addRow([{ formula: '"小米"&"科技有限责任公司"' }, XIAOMI]);
  return toBuffer(wb);
}

export function csvUtf8(bom: boolean): Buffer {
  const body = '单位名称,统一社会信用代码,联系人,手机\r\n"华为技术有限公司",914403001922038216,李经理,13812345678\r\n"北京百度网讯科技有限公司\n（总部）",91110000802100433B,王工,13912345678\r\n';
  return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(body, 'utf8')]);
}

export const GB_NAME = '深圳市腾讯计算机系统有限公司';
export function csvGb18030(): Buffer {
  return iconv.encode(`单位名称;统一社会信用代码;地址\r\n${GB_NAME};;深圳市南山区科技园\r\n`, 'gb18030');
}

/** Excel's "Unicode 文本": UTF-16LE with a BOM, tab-separated. */
export function utf16Tab(): Buffer {
  const text = '单位名称\t统一社会信用代码\r\n小米科技有限责任公司\t91110108551385082Q\r\n';
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** Declares 200 MB in one entry while being tiny: rejected by the precheck, nothing inflated. */
export function zipBomb(): Buffer {
  return writeZip([
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(1000, 0x20), declaredSize: 200 * 1024 * 1024 },
  ]);
}

export function manyEntries(count: number): Buffer {
  return writeZip(Array.from({ length: count }, (_, i) => ({ name: `x/${i}.xml`, data: Buffer.from('<a/>') })));
}

/**
 * A real workbook whose sheet declares a few KB but inflates to a huge sheet: only the
 * worker's memory cap or timeout can stop it.
 */
export async function lyingSizes(): Promise<Buffer> {
  const JSZip = (await import('jszip')).default;
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('S').addRow(['单位名称']);
  const zip = await JSZip.loadAsync(await toBuffer(wb));
  const entries: { name: string; data: Buffer; declaredSize?: number }[] = [];
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    let data = await file.async('nodebuffer');
    let declaredSize: number | undefined;
    if (name === 'xl/worksheets/sheet1.xml') {
      const row = (r: number) => `<row r="${r}">${Array.from({ length: 20 }, (_, c) => `<c r="${String.fromCharCode(65 + c)}${r}" t="inlineStr"><is><t>华为技术有限公司${c}</t></is></c>`).join('')}</row>`;
      const rows = Array.from({ length: 45_000 }, (_, i) => row(i + 1)).join('');
      data = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`);
      declaredSize = 4096;
    }
    entries.push({ name, data, ...(declaredSize ? { declaredSize } : {}) });
  }
  return writeZip(entries);
}

export async function oversizeSheet(rows: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名单');
  ws.addRow(['单位名称', '统一社会信用代码']);
  for (let i = 0; i < rows; i++) ws.addRow([`企业${i}`, null]);
  return toBuffer(wb);
}
