import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { AgreementDraft, PartyDraft } from '@shared/domain/agreement';
import type { AGREEMENT_TYPES } from '@shared/domain/enums';
import { createAgreementService } from '../../../src/main/agreements/agreementService';
import { createPartnerService } from '../../../src/main/partners/partnerService';
import { createReferenceService } from '../../../src/main/reference/referenceService';
import { createSettingsService } from '../../../src/main/settings/settingsService';
import { createTestDb, type TestDb, validUscc } from '../../helpers/testDb';

// Real agreements for the document tests, built through the services on a temp database:
// a college profile (the school party), a partner with a CJK Ext. B character in its name,
// a second partner and a student, so 2-, 3- and 4-party agreements can be printed.

export const COLLEGE = '广东𠮷安职业技术学院';
export const ENTERPRISE = '𠮷祥科技有限公司';
export const ENTERPRISE_2 = '深圳市鹏程物流有限公司';
export const STUDENT = '王珺';
export const GUARDIAN = '王建国';

export interface DocFixture {
  t: TestDb;
  create(type: (typeof AGREEMENT_TYPES)[number], partyCount: 2 | 3 | 4, overrides?: Partial<AgreementDraft>): Promise<string>;
  setManualValues(agreementId: string, values: Record<string, string>): void;
  enterpriseId: string;
}

export async function createDocFixture(): Promise<DocFixture> {
  const t = await createTestDb({ now: () => new Date('2026-11-28T02:00:00.000Z') });
  await createSettingsService(t.ctx).update({
    college: { fullName: COLLEGE, legalRepresentative: '李明', address: '广州市天河区职教路1号', uscc: '124400004558612089' },
  });
  const ref = createReferenceService(t.ctx);
  const unit = await ref.orgUnits.create({ name: '信息工程学院', kind: 'college' });
  const m1 = await ref.majors.create({ code: '510201', name: '计算机应用技术', level: 'higher_vocational' });
  const m2 = await ref.majors.create({ code: '510203', name: '软件技术', level: 'higher_vocational' });
  const partners = createPartnerService(t.ctx);
  const enterprise = await partners.create({
    kind: 'enterprise',
    fullName: ENTERPRISE,
    uscc: validUscc(1),
    legalRepresentative: '张𠮷',
    address: '深圳市南山区科技园南区1栋',
    status: 'active',
  });
  const second = await partners.create({ kind: 'enterprise', fullName: ENTERPRISE_2, uscc: validUscc(2), legalRepresentative: '陈鹏', address: '深圳市宝安区物流大道8号', status: 'active' });
  const agreements = createAgreementService(t.ctx);

  /** The school, the enterprise, then a student (tripartite types) or a second enterprise, then a guardian or a third. */
  function parties(type: string, count: number): PartyDraft[] {
    const withStudent = type === 'modern_apprenticeship' || type === 'internship_base';
    const list: PartyDraft[] = [
      { role: '甲', partyType: 'school', sealed: false },
      { role: '乙', partyType: 'enterprise', organisationId: enterprise.id, sealed: false },
    ];
    if (count >= 3) {
      list.push(
        withStudent
          ? { role: '丙', partyType: 'student', displayName: STUDENT, sealed: false }
          : { role: '丙', partyType: 'enterprise', organisationId: second.id, sealed: false },
      );
    }
    if (count >= 4) {
      list.push(
        withStudent
          ? { role: '丁', partyType: 'guardian', displayName: GUARDIAN, address: '广州市越秀区', sealed: false }
          : { role: '丁', partyType: 'other', displayName: '广东省职业教育学会', address: '广州市越秀区', sealed: false },
      );
    }
    return list;
  }

  let n = 0;
  return {
    t,
    enterpriseId: enterprise.id,
    async create(type, partyCount, overrides = {}) {
      const a = await agreements.create({
        agreementNo: `XQHZ-2026-${String(++n).padStart(3, '0')}`,
        title: '校企合作协议',
        type,
        orgUnitId: unit.id,
        majorIds: [m1.id, m2.id],
        signDate: '2026-11-28',
        startDate: '2027-01-01',
        endDate: '2029-12-31',
        amountFen: 123_456_789,
        copiesTotal: partyCount * 2,
        copiesEach: 2,
        parties: parties(type, partyCount),
        ...overrides,
      });
      return a.id;
    },
    setManualValues(agreementId, values) {
      // No service writes merge values yet (the document service owns that): plain SQL here.
      t.app.sqlite.prepare('update agreement set merge_values_json = ? where id = ?').run(JSON.stringify(values), agreementId);
    },
  };
}

/** pdftotext of a whole PDF, pages separated by form feeds. */
export function pdfText(pdf: Buffer, dir: string, name: string): string {
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' });
}

/** pdffonts lines of the fonts embedded in a PDF. */
export function embeddedFonts(pdf: Buffer, dir: string, name: string): string[] {
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  return out.split('\n').slice(2).filter((l) => / yes +(yes|no) +(yes|no) /.test(l));
}
