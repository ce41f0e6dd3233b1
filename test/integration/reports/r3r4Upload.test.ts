import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCourseService } from '../../../src/main/courses/courseService';
import { NO_JOB } from '../../../src/main/jobs/jobRegistry';
import { r3JointCourses } from '../../../src/main/reports/definitions/r3JointCourses';
import { r4EnterpriseVisits } from '../../../src/main/reports/definitions/r4EnterpriseVisits';
import type { ReportDefinition } from '../../../src/main/reports/reportDefinition';
import { DEFAULT_ACADEMIC_YEAR, periodRange } from '../../../src/shared/domain/rules/academicYear';
import { validUscc } from '../../helpers/testDb';
import { createIndicatorFixture, type IndicatorFixture } from './indicatorFixture';
import { reportTestContext } from './reportTestContext';

// R3 and R4 upload layouts (issue 11) on indicatorFixture.ts: the common fields first
// (主键数据唯一性标识, 学校代码), 数据采集时间 as China-time text, rows without a USCC refused.
// The clock is 2026-09-15T02:00Z = 2026-09-15 10:00:00 in Beijing.

let f: IndicatorFixture;
let uncoded = '';
beforeAll(async () => {
  f = await createIndicatorFixture();
  // A course without 课程号 (key derived from its id), and partners without a USCC: P2 has courses, P3 a visit.
  uncoded = (await createCourseService(f.t.ctx).create({ kind: 'course', name: '无课程号的课程', organisationId: f.partners.p1, majorId: f.majors.m1, startDate: '2025-09-01' })).id;
  f.t.app.sqlite.prepare('update organisation set uscc = null where id in (?, ?)').run(f.partners.p2, f.partners.p3);
});
afterAll(() => f.t.close());

const ctx = () => reportTestContext(f.t, { collegeCode: '12345' });

function upload(definition: ReportDefinition, startYear: number) {
  const period = { kind: 'academic' as const, startYear };
  if (!definition.buildUpload) throw new Error('no upload layout');
  return definition.buildUpload(ctx(), { period, range: periodRange(period, DEFAULT_ACADEMIC_YEAR), filters: {} }, NO_JOB);
}

/** The documented key rule, computed here independently: SHA-256 of 'partnerdesk␟scope␟id', 32 hex characters. */
const derivedKey = (scope: string, id: string) => createHash('sha256').update(`partnerdesk\u001f${scope}\u001f${id}`).digest('hex').slice(0, 32);

describe('R3 upload layout', () => {
  it('has the common fields and the §2.5 fields, one row per course with a USCC', async () => {
    const { section, refused } = await upload(r3JointCourses, 2025);
    expect(section.columns.map((c) => c.label)).toEqual([
      '主键数据唯一性标识', '学校代码', '课程号', '课程名称', '课程简介', '合作企业统一社会信用代码', '合作企业名称', '开始日期', '结束日期',
      '学校负责人工号', '学校负责人', '企业负责人', '数据采集时间',
    ]);
    expect(section.rows.every((r) => r.kind === 'data')).toBe(true);
    expect(section.notes ?? []).toEqual([]);
    expect(section.rows.map((r) => r.cells.uploadKey)).toEqual(['KC2023007', 'KC2024001', derivedKey('R3.course', uncoded)]);
    expect(section.rows[1]?.cells).toEqual({
      uploadKey: 'KC2024001', schoolCode: '12345', code: 'KC2024001', name: '云计算运维实务', summary: '面向云平台运维岗位', uscc: validUscc(1),
      partnerName: '深圳华星科技有限公司', startDate: '2024-09-01', endDate: '2026-07-31', leadStaffNo: 'T0012', leadStaffName: '张伟',
      enterpriseLead: '刘工', collectedAt: '2026-09-15 10:00:00',
    });
    // KC2026000's partner (P2) has no USCC: refused, not written with a blank key.
    expect(refused).toEqual([{ label: '智能网联汽车测试（广州恒达汽车服务有限公司）', reason: '缺少统一社会信用代码' }]);
  });

  it('gives a course the same key in every 学年', async () => {
    const later = await upload(r3JointCourses, 2026);
    const row = later.section.rows.find((r) => r.cells.name === '无课程号的课程');
    expect(row?.cells.uploadKey).toBe(derivedKey('R3.course', uncoded));
  });
});

describe('R4 upload layout', () => {
  it('keys each visit by its record id and refuses the visit to a partner without a USCC', async () => {
    const { section, refused } = await upload(r4EnterpriseVisits, 2025);
    expect(section.columns.map((c) => c.label).slice(0, 3)).toEqual(['主键数据唯一性标识', '学校代码', '走访企业名称']);
    expect(section.columns.at(-1)?.label).toBe('数据采集时间');
    expect(section.columns.map((c) => c.label)).toHaveLength(23);
    expect(section.rows.map((r) => [r.cells.uploadKey, r.cells.schoolCode, r.cells.date, r.cells.collectedAt])).toEqual([
      [derivedKey('R4.visit', f.visits.v1), '12345', '2025-10-12', '2026-09-15 10:00:00'],
    ]);
    expect(refused).toEqual([{ label: '2026-08-31 东莞宏远电子有限公司', reason: '缺少统一社会信用代码' }]);
  });
});
