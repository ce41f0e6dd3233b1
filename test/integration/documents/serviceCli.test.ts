import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/index';
import type { CliIo } from '../../../src/main/cli/output';
import { createCore } from '../../../src/main/core';
import { makeTempDir } from '../../helpers/tempDir';
import { ENTERPRISE, SCHOOL } from './serviceHelpers';

async function cli(args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = { out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
  const code = await runCli(args, io, {});
  return { code, stdout, stderr };
}

/** A data folder with one framework agreement between the college and a partner. */
async function dataDirWithAgreement(): Promise<{ dir: string; agreementId: string }> {
  const dir = makeTempDir();
  const core = await createCore({ dataDir: dir, actor: 'test' });
  try {
    const s = core.services;
    await s.settings.update({ college: { fullName: SCHOOL, legalRepresentative: '张校长', address: '广州市天河区' } });
    const partner = await s.partners.create({ kind: 'enterprise', fullName: ENTERPRISE });
    const agreement = await s.agreements.create({
      agreementNo: 'XQ-2026-009',
      title: '校企合作框架协议',
      type: 'framework',
      parties: [
        { role: '甲', partyType: 'school' },
        { role: '乙', partyType: 'enterprise', organisationId: partner.id },
      ],
    });
    return { dir, agreementId: agreement.id };
  } finally {
    core.close();
  }
}

describe('partnerdesk document', () => {
  it('prints a PDF with the party names and reports missing values as JSON', async () => {
    const { dir, agreementId } = await dataDirWithAgreement();
    const out = path.join(dir, 'out', '协议.pdf');
    fs.mkdirSync(path.dirname(out));
    const r = await cli(['--data-dir', dir, '--json', 'document', agreementId, '--lang', 'zh', '--out', out]);
    expect(r.stderr).toEqual([]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout[0] ?? '{}') as { ok: boolean; file: string; bytes: number; missing: string[] };
    expect(result).toMatchObject({ ok: true, file: out, bytes: fs.statSync(out).size });
    expect(result.missing.length).toBeGreaterThan(0);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain(SCHOOL);
    expect(text).toContain(ENTERPRISE);
    expect(fs.readdirSync(path.dirname(out))).toEqual(['协议.pdf']);
  }, 60_000);

  it('writes a DOCX with the merged names, in English with --lang en', async () => {
    const { dir, agreementId } = await dataDirWithAgreement();
    const out = path.join(dir, 'mou.docx');
    const r = await cli(['--data-dir', dir, 'document', agreementId, '--lang', 'en', '--template', 'builtin-mou-en', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout[0]).toBe(`wrote ${out} (${fs.statSync(out).size} bytes)`);
    const xml = execFileSync('unzip', ['-p', out, 'word/document.xml'], { encoding: 'utf8' });
    expect(xml).toContain(ENTERPRISE);
  }, 60_000);

  it('refuses a bad --out, --lang or agreement id with one error line', async () => {
    const { dir, agreementId } = await dataDirWithAgreement();
    expect(await cli(['--data-dir', dir, 'document', agreementId, '--out', path.join(dir, 'a.txt')])).toMatchObject({ code: 1, stderr: [expect.stringMatching(/^error: VALIDATION: --out/)] });
    expect(await cli(['--data-dir', dir, 'document', agreementId, '--lang', 'fr', '--out', path.join(dir, 'a.pdf')])).toMatchObject({ code: 1, stderr: [expect.stringMatching(/^error: VALIDATION: --lang/)] });
    const unknown = await cli(['--data-dir', dir, 'document', '01900000-0000-7000-8000-00000000abcd', '--out', path.join(dir, 'a.docx')]);
    expect(unknown).toMatchObject({ code: 1, stderr: [expect.stringMatching(/^error: NOT_FOUND/)] });
    expect(fs.existsSync(path.join(dir, 'a.docx'))).toBe(false);
  }, 60_000);
});
