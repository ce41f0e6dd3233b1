import ExcelJS from 'exceljs';

// Files of issue 10 (warnings instead of refusals, value mapping, phones typed as numbers,
// unverified USCCs, repeats within the file, unmapped and cooperation columns), generated
// per run so each expectation sits next to the cells that cause it.

export const HUAWEI = '914403001922038216';
export const BAIDU_BAD = '91110000802100433C'; // check character should be B
export const XIAOMI = '91110108551385082Q';
export const TENCENT = '91440300708461136T';

type Cell = string | number | Date | null;

export async function workbook(headers: string[], rows: Cell[][], sheet = '合作企业'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * A roster whose optional values cannot all be stored (rows 2–4) and one row without a
 * name (row 5): only row 5 is refused.
 */
export function warningsRoster(): Promise<Buffer> {
  return workbook(
    ['单位名称', '统一社会信用代码', '企业性质', '企业规模', '联系人', '邮箱', '电话', '所属行业', '所在地区', '开户银行', '备注'],
    [
      ['华为技术有限公司', HUAWEI, '国有民营混合', '大型', '李经理', 'li@@example', '0755-123', '软件和信息技术服务业', '深圳市', '招商银行', '老客户'],
      ['小米科技有限责任公司', XIAOMI, '国有民营混合', '超级大', '王工', 'wang@example.com', null, '不存在的行业', null, null, null],
      ['深圳市腾讯计算机系统有限公司', TENCENT, '民企', null, null, null, null, '65', '朝阳区', null, null],
      [null, null, '民企', null, '赵敏', null, null, null, null, null, null],
    ],
  );
}

/** Phones typed into number cells: a complete mobile, a landline that lost its 0, nonsense. */
export function phoneRoster(): Promise<Buffer> {
  return workbook(
    ['单位名称', '联系人', '手机', '电话'],
    [
      ['甲科技有限公司', '甲经理', 13812345678, 75528780808],
      ['乙科技有限公司', '乙经理', 13912345678, 12345],
    ],
  );
}

/** The same partner three times (USCC, then padded name) with blanks and one conflict. */
export function repeatsRoster(): Promise<Buffer> {
  return workbook(
    ['单位名称', '统一社会信用代码', '地址', '法定代表人', '联系人', '手机', '备注'],
    [
      ['华为技术有限公司', HUAWEI, null, '任正非', '李经理', '13812345678', null],
      ['华为技术有限公司', HUAWEI, '深圳市龙岗区坂田华为基地', '徐直军', null, null, '第二行备注'],
      [' 华为技术 有限公司', null, null, null, null, null, null],
      ['小米科技有限责任公司', XIAOMI, null, null, null, null, null],
    ],
  );
}

/** 合作开始日期 and 合作类型 columns (a roster of partners, not of agreements). */
export function cooperationRoster(): Promise<Buffer> {
  return workbook(
    ['单位名称', '统一社会信用代码', '合作开始日期', '合作类型'],
    [
      ['华为技术有限公司', HUAWEI, '2021.3.5', '订单班'],
      ['小米科技有限责任公司', XIAOMI, '2022-09-01', null],
    ],
  );
}
