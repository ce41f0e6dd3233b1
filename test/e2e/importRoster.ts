import ExcelJS from 'exceljs';
import { organisationCodeCheckChar, usccCheckChar } from '../../src/shared/domain/rules/uscc';

// A realistic partner roster for the value-mapping flow (issue 10): 12 data rows as an
// office gets them from a college unit, with the usual mess: 企业性质 and 规模 in words of
// the writer's own choosing, industries named instead of coded, a mobile typed as a number,
// a company listed twice (second time with padding and another contact), a USCC with a
// wrong check character, a broken e-mail and a column the app has no field for.

/** A valid USCC (inner organisation code check included) from an 8-digit serial. */
export function rosterUscc(serial: number): string {
  const org = String(serial).padStart(8, '0');
  const first17 = `91440300${org}${organisationCodeCheckChar(org)}`;
  return first17 + usccCheckChar(first17);
}

export function withWrongCheck(code: string): string {
  return code.slice(0, 17) + (code.endsWith('1') ? '2' : '1');
}

export const ROSTER_HEADERS = ['单位名称', '统一社会信用代码', '企业性质', '规模', '行业', '联系人', '手机', '邮箱', '合作开始日期', '录入人'] as const;

/** Sheet row → cells; the header is row 1, so data rows are 2–13. */
export const ROSTER_ROWS: (string | number)[][] = [
  ['深圳市晨光精密制造有限公司', rosterUscc(31000001), '中外合资', '大', '汽车制造业', '张伟', 13812345670, 'zhangwei@chenguang.cn', '2023-09-01', '招就处'],
  ['东莞市远航物流有限公司', rosterUscc(31000002), '国企', '小微', '通用设备制造', '李娜', '13812345671', 'lina@yuanhang.cn', '2022-03-15', '招就处'],
  ['广州市云帆软件科技有限公司', rosterUscc(31000003), '港澳台资', '大', '汽车制造业', '王强', '13812345672', 'wangqiang@yunfan.cn', '2024-01-10', '招就处'],
  ['佛山市顺德区美亿电器有限公司', rosterUscc(31000004), '奇怪值', '小微', '通用设备制造', '刘洋', '13812345673', 'liuyang@meiyi.cn', '2021-06-30', '招就处'],
  ['中山市华锐模具有限公司', rosterUscc(31000005), '中外合资', '中大型', '汽车制造业', '陈静', '13812345674', 'chenjing@huarui.cn', '2023-11-20', '招就处'],
  ['  深圳市晨光精密制造有限公司 ', rosterUscc(31000001), '中外合资', '大', '汽车制造业', '赵磊', '13812345675', 'zhaolei@chenguang.cn', '2023-09-01', '招就处'],
  ['珠海市海川智能装备有限公司', withWrongCheck(rosterUscc(31000007)), '国企', '大', '通用设备制造', '杨帆', '13812345676', 'yangfan@haichuan.cn', '2020-05-18', '招就处'],
  ['惠州市德业新能源有限公司', rosterUscc(31000008), '国企', '小微', '汽车制造业', '黄敏', '13812345677', 'huangmin@deye', '2024-04-02', '招就处'],
  ['江门市南粤五金制品有限公司', rosterUscc(31000009), '中外合资', '中大型', '通用设备制造', '周杰', '13812345678', 'zhoujie@nanyue.cn', '2022-12-01', '招就处'],
  ['肇庆市鼎盛机电有限公司', rosterUscc(31000010), '港澳台资', '大', '通用设备制造', '吴倩', '13812345679', 'wuqian@dingsheng.cn', '2023-02-14', '招就处'],
  ['清远市恒通汽车零部件有限公司', rosterUscc(31000011), '国有独资公司', '大', '汽车制造业', '徐涛', '13812345680', 'xutao@hengtong.cn', '2021-09-09', '招就处'],
  ['汕头市粤东包装机械有限公司', rosterUscc(31000012), '中外合资', '小微', '通用设备制造', '孙丽', '13812345681', 'sunli@yuedong.cn', '2024-06-06', '招就处'],
];

export async function rosterWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('合作企业名册');
  sheet.addRow([...ROSTER_HEADERS]);
  for (const row of ROSTER_ROWS) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
