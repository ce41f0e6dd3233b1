import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/index';
import type { CliIo } from '../../../src/main/cli/output';
import { openDatabase } from '../../../src/main/db/openDatabase';
import { makeTempDir } from '../../helpers/tempDir';
import * as corpus from '../import/corpus';
import * as rc from '../import/reviewCorpus';

// Issue 10 on the command line: unknown values and warnings in --dry-run --json, a value
// map from --values, unmapped columns kept with --keep-unmapped, and the decisions flags.

async function cli(args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = { out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
  const code = await runCli(args, io, {});
  return { code, stdout, stderr };
}

function partners(dir: string): Record<string, unknown>[] {
  const app = openDatabase(path.join(dir, 'partnerdesk.db'), { readonly: true });
  try {
    return app.sqlite.prepare('select full_name, nature, size, notes, uscc_check_overridden from organisation order by full_name').all() as Record<string, unknown>[];
  } finally {
    app.close();
  }
}

async function roster(dir: string): Promise<string> {
  const file = path.join(dir, '名单.xlsx');
  fs.writeFileSync(file, await rc.warningsRoster());
  return file;
}

describe('partnerdesk import: value review', () => {
  it('--dry-run --json prints the unknown values (field, text, count, suggestion) and the warnings, and writes nothing', async () => {
    const dir = makeTempDir();
    const file = await roster(dir);
    const r = await cli(['--data-dir', dir, '--json', 'import', file, '--dry-run', '--skip-invalid']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout[0] ?? '') as { unknownValues: Record<string, unknown>[]; warnings: Record<string, unknown>[]; unmappedColumns: string[] };
    expect(out.unknownValues.map((u) => [u['field'], u['text'], u['count']])).toEqual([
      ['nature', '国有民营混合', 2],
      ['size', '超级大', 1],
      ['industryCode', '不存在的行业', 1],
      ['regionName', '朝阳区', 1],
    ]);
    // 超级大 is closest to 大型 (the synonym tables decide); 朝阳区 is in Beijing and in Changchun.
    expect(out.unknownValues[1]?.['suggestion']).toBe('large');
    expect(out.warnings[0]).toEqual({ row: 2, column: '企业性质', field: 'nature', code: 'VALUE_UNMAPPED', value: '国有民营混合', message: '“国有民营混合”不是可选的值，该字段留空，原文已写入备注' });
    expect(out.warnings).toHaveLength(9);
    expect(out.unmappedColumns).toEqual(['开户银行']);
    expect(partners(dir)).toEqual([]);
  });

  it('--values applies a map keyed by the raw text; --keep-unmapped keeps other columns in the notes', async () => {
    const dir = makeTempDir();
    const file = await roster(dir);
    const map = path.join(dir, 'values.json');
    fs.writeFileSync(map, JSON.stringify({ nature: { '国有民营混合 ': 'state_holding' }, size: { 超级大: 'large' } }));
    const r = await cli(['--data-dir', dir, '--json', 'import', file, '--skip-invalid', '--values', map, '--keep-unmapped']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout[0] ?? '') as { created: number; unknownValues: Record<string, unknown>[] };
    expect(out.created).toBe(3);
    expect(out.unknownValues.filter((u) => u['field'] === 'nature' || u['field'] === 'size').map((u) => u['chosen'])).toEqual(['state_holding', 'large']);
    expect(partners(dir)).toEqual([
      { full_name: '华为技术有限公司', nature: 'state_holding', size: 'large', notes: '老客户\n导入时未能识别：联系人电话「0755-123」；联系人邮箱「li@@example」\n开户银行：招商银行', uscc_check_overridden: 0 },
      { full_name: '小米科技有限责任公司', nature: 'state_holding', size: 'large', notes: '导入时未能识别：行业「不存在的行业」', uscc_check_overridden: 0 },
      { full_name: '深圳市腾讯计算机系统有限公司', nature: 'private', size: null, notes: '导入时未能识别：所在地区「朝阳区」', uscc_check_overridden: 0 },
    ]);
  });

  it('text output lists warnings and unknown values with counts; a bad --values file is refused', async () => {
    const dir = makeTempDir();
    const file = await roster(dir);
    const r = await cli(['--data-dir', dir, 'import', file, '--dry-run', '--skip-invalid']);
    expect(r.stdout).toContain('提示（9 条，这些行仍会导入）：');
    expect(r.stdout).toContain('未识别的值（4 个，可用 --values 指定）：');
    expect(r.stdout).toContain('  size: 企业规模“超级大”：1 行，建议 large');
    expect(r.stdout.at(-1)).toBe('试运行，未写入任何数据：新建 3，更新 0，合并 0，跳过 1，重复 0，错误 1，提示 9');
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, '{"nature": "private"}');
    const refused = await cli(['--data-dir', dir, '--json', 'import', file, '--values', bad]);
    expect(refused.code).toBe(1);
  });

  it('--uscc-unverified skip and --file-duplicates skip', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, '名单.xlsx');
    fs.writeFileSync(file, await corpus.messyRoster());
    const r = await cli(['--data-dir', dir, '--json', 'import', file, '--skip-invalid', '--uscc-unverified', 'skip', '--file-duplicates', 'skip']);
    expect(JSON.parse(r.stdout[0] ?? '')).toMatchObject({ created: 2, merged: 0, skipped: 3 });
    expect(partners(dir).map((p) => p['full_name'])).toEqual(['华为技术有限公司', '阿里巴巴（中国）网络技术有限公司']);
    expect((await cli(['--data-dir', dir, 'import', file, '--uscc-unverified', 'maybe'])).code).toBe(1);
  });
});
