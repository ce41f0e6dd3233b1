import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_JOB } from '../../../src/main/jobs/jobRegistry';
import { writeReportCsv } from '../../../src/main/reports/render/csvWriter';
import { makeTempDir } from '../../helpers/tempDir';
import { longSection, sampleTable } from './engineFixture';

// The csv writer, read back as bytes: BOM, RFC 4180 quoting, CRLF, injection, blanks.

async function write(table = sampleTable()): Promise<Buffer> {
  const file = path.join(makeTempDir(), 'report.csv');
  await writeReportCsv(table, file, NO_JOB);
  return fs.readFileSync(file);
}

describe('writeReportCsv', () => {
  it('starts with the UTF-8 BOM and ends every line with CRLF', async () => {
    const bytes = await write();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    // Outside quoted fields no bare LF: strip quoted fields, then every LF follows a CR.
    expect(text.replace(/"(?:[^"]|"")*"/g, '').match(/(?<!\r)\n/g)).toBeNull();
  });

  it('writes one section as header and rows only, with plain numbers and empty blanks', async () => {
    const base = sampleTable();
    const table = { ...base, sections: [base.sections[0] ?? longSection(1)] };
    const lines = (await write(table)).toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(
      '企业名称,统一社会信用代码,订单培养数（人）,对学校捐赠设备总值（万元）,到账金额（元）,合作开始年月,签订日期,是否有效,占比',
    );
    expect(lines[1]).toBe('华为技术有限公司,914403001922038216,40,123.46,-123.45,202509,2025-09-15,是,0.25');
    // Comma, quote and newline quoted; quotes doubled; no data → empty fields, never 0.
    expect(lines[2]).toBe('"深圳市""逗号,引号""与\n换行科技有限公司",0123,,,,,,否,');
  });

  it('neutralises every formula trigger, quoting the ones that contain CR or LF', async () => {
    const text = (await write()).toString('utf8');
    expect(text).toContain("\r\n'=1+1,'-90,0,");
    expect(text).toContain("\r\n'+86 123,'-91,1,");
    expect(text).toContain("\r\n'-2+3,'-92,2,");
    expect(text).toContain("\r\n'@SUM(A1),'-93,3,");
    expect(text).toContain("\r\n'\tTAB,'-94,4,");
    expect(text).toContain('\r\n"\'\rCR",\'-95,5,');
    expect(text).toContain('\r\n"\'\nLF",\'-96,6,');
    expect(text).toContain("\r\n'\0NUL,'-97,7,");
    expect(text).toContain('\r\n合计,,68,123.46,-123.45,');
    expect(text).not.toMatch(/\r\n[=+\-@]/);
  });

  it('writes several sections each with its title line, separated by an empty line', async () => {
    const text = (await write()).toString('utf8').slice(1);
    expect(text.startsWith('专业产学合作情况表\r\n企业名称,')).toBe(true);
    expect(text).toContain('\r\n\r\n经费明细\r\n企业名称,到账金额（元）\r\n校企合作专项,5000.00\r\n');
  });
});
