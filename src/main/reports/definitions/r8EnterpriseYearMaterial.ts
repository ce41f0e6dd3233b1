import { industryLabel, industryPath } from '@shared/classifications/industry';
import type { ReportColumn, ReportRow, ReportSection } from '@shared/domain/report';
import { zhCNEnums } from '@shared/i18n/zh-CN.enums';
import { DomainError, notFound } from '../../errors';
import { APPRENTICESHIP_YEARS } from '../data/indicatorAnnual';
import { loadBases } from '../data/indicatorBases';
import {
  enterpriseContributions,
  enterpriseParticipation,
  enterprisePlacements,
  enterpriseTeachers,
} from '../data/indicatorEnterprise';
import { loadLivePartners, type PartnerRef } from '../data/indicatorScope';
import type { ReportDefinition } from '../reportDefinition';
import { indicatorWindow } from './r1PairFigures';
import { r8OutlookSections } from './r8Outlook';

// R8 企业年报素材 (domain.md §2.6, §5 R8): one enterprise's year as material for the 企业年报:
// 企业概况, 资源投入, 参与教育教学, 成果, then 年度增量 and 问题与展望 (r8Outlook.ts). Same
// period rules as R1.

const label = <T extends Record<string, string>>(labels: T, code: string | null): string | null =>
  code === null ? null : (labels[code] ?? code);

/**
 * GB/T 4754 from 门类 down to the stored code, with names ('C 制造业 / 36 汽车制造业 / 3611
 * 汽柴油车整车制造'); a code the table lacks (legacy data) is still printed, never dropped.
 */
function industryText(p: PartnerRef): string | null {
  const code = p.industryCode ?? p.industryDivision;
  const path = industryPath(code);
  if (path.length > 0) return path.map((e) => industryLabel(e.code)).join(' / ');
  const section = p.industrySection === null ? null : `${p.industrySection} ${label(zhCNEnums.industrySection, p.industrySection)}`;
  return [section, code].filter((x) => x).join(' / ') || null;
}

function profileSection(p: PartnerRef): ReportSection {
  const industry = industryText(p);
  const items: [string, string | null][] = [
    ['企业名称', p.fullName],
    ['统一社会信用代码', p.uscc],
    ['行业', industry || null],
    ['规模', label(zhCNEnums.orgSize, p.size)],
    ['性质', label(zhCNEnums.orgNature, p.nature)],
    ['地区', p.regionName],
    ['地址', p.address],
    ['法定代表人', p.legalRepresentative],
  ];
  return {
    sheetName: '企业概况',
    title: '企业概况',
    columns: [
      { key: 'item', label: '项目', type: 'text', width: 18 },
      { key: 'value', label: '内容', type: 'text', width: 40 },
    ],
    rows: items.map(([item, value]) => ({ kind: 'data', cells: { item, value } })),
  };
}

const RESOURCE_COLUMNS: ReportColumn[] = [
  { key: 'category', label: '类别', type: 'text', width: 14 },
  { key: 'content', label: '内容', type: 'text', width: 30 },
  { key: 'date', label: '日期', type: 'date' },
  { key: 'valueFen', label: '金额', type: 'money', moneyUnit: 'wanyuan', unit: '万元' },
  { key: 'quantity', label: '数量', type: 'integer' },
  { key: 'quantityUnit', label: '数量单位', type: 'text', width: 8 },
];

interface ResourceLine {
  category: string;
  row: ReportRow;
}

function subtotal(category: string, lines: ResourceLine[]): ReportRow {
  const sum = (key: 'valueFen' | 'quantity'): number | null => {
    const values = lines.map((l) => l.row.cells[key]).filter((v): v is number => typeof v === 'number');
    return values.length > 0 ? values.reduce((a, b) => a + b, 0) : null;
  };
  const units = [...new Set(lines.map((l) => l.row.cells.quantityUnit).filter((u) => u))];
  return {
    kind: 'subtotal',
    cells: { category, content: `小计（${lines.length} 项）`, date: null, valueFen: sum('valueFen'), quantity: sum('quantity'), quantityUnit: units.length === 1 ? (units[0] ?? null) : null },
  };
}

export const r8EnterpriseYearMaterial: ReportDefinition = {
  descriptor: { id: 'R8', title: '企业年报素材', periodKind: 'academic', formats: ['pdf', 'xlsx'], needsOrganisation: true, filters: ['organisationId'] },
  async build(ctx, query, job): Promise<ReportSection[]> {
    const organisationId = query.filters.organisationId;
    if (organisationId === undefined) {
      throw new DomainError('VALIDATION', 'R8 needs an enterprise', { issues: [{ path: ['filters', 'organisationId'], message: 'required' }] });
    }
    job.progress('querying', 0, null);
    const partner = (await loadLivePartners(ctx.db, [organisationId])).get(organisationId);
    if (!partner) throw notFound('organisation', organisationId);
    const w = indicatorWindow(ctx, query);
    const [contributions, teachers, participation, placements, external, internal, outlook] = await Promise.all([
      enterpriseContributions(ctx.db, organisationId, w),
      enterpriseTeachers(ctx.db, organisationId, w),
      enterpriseParticipation(ctx.db, organisationId, w, APPRENTICESHIP_YEARS),
      enterprisePlacements(ctx.db, organisationId, w),
      loadBases(ctx.db, 'external', w, organisationId),
      loadBases(ctx.db, 'internal_joint', w, organisationId),
      r8OutlookSections(ctx, organisationId, w.academicYear),
    ]);
    job.throwIfCancelled();

    // 资源投入: contributions by kind, then part-time teachers, each group with a 小计.
    const lines: ResourceLine[] = contributions.map((c) => {
      const category = zhCNEnums.contributionKind[c.kind];
      const isDays = c.kind === 'employee_training';
      return {
        category,
        row: {
          kind: 'data',
          cells: {
            category,
            content: [c.items, c.target ? `用于${c.target}` : null].filter((x) => x).join('，') || null,
            date: c.date,
            valueFen: c.valueFen,
            quantity: isDays ? c.traineePersonDays : null,
            quantityUnit: isDays && c.traineePersonDays !== null ? '人天' : null,
          },
          sources: { category: [{ table: 'contribution', id: c.id, label: `${category} ${c.date}` }] },
        },
      };
    });
    for (const t of teachers) {
      lines.push({
        category: '兼职教师',
        row: {
          kind: 'data',
          cells: { category: '兼职教师', content: t.courses ? `${t.name}：${t.courses}` : t.name, date: null, valueFen: null, quantity: t.hours, quantityUnit: t.hours === null ? null : '学时' },
          sources: { category: [{ table: 'part_time_teacher', id: t.id, label: t.name }] },
        },
      });
    }
    const resourceRows: ReportRow[] = [];
    for (const category of [...new Set(lines.map((l) => l.category))]) {
      const group = lines.filter((l) => l.category === category);
      resourceRows.push(...group.map((l) => l.row), subtotal(category, group));
    }

    const participationRows: ReportRow[] = [
      ...participation.map((p) => ({
        kind: 'data' as const,
        cells: { category: p.category, name: p.name, major: p.majorName, when: p.when, people: p.people },
        sources: { name: [{ table: p.table, id: p.id, label: p.name }] },
      })),
      ...[...external, ...internal].map((b) => ({
        kind: 'data' as const,
        cells: {
          category: zhCNEnums.internshipBaseKind[external.includes(b) ? 'external' : 'internal_joint'],
          name: b.name,
          major: b.majorNames.length > 0 ? b.majorNames.join('、') : null,
          when: null,
          people: b.stat?.studentVisits ?? null,
        },
        sources: { name: [{ table: 'internship_base', id: b.id, label: b.name }] },
      })),
    ];

    const sumOf = (key: 'interns' | 'graduatesEmployed'): number | null => {
      const values = placements.map((p) => p[key]).filter((v): v is number => v !== null);
      return values.length > 0 ? values.reduce((a, b) => a + b, 0) : null;
    };
    const resultRows: ReportRow[] = placements.map((p) => ({
      kind: 'data',
      cells: { major: p.majorName, interns: p.interns, graduatesEmployed: p.graduatesEmployed },
      sources: { major: [{ table: 'placement_stat', id: p.id, label: p.majorName }] },
    }));
    if (placements.length > 0) resultRows.push({ kind: 'total', cells: { major: '合计', interns: sumOf('interns'), graduatesEmployed: sumOf('graduatesEmployed') } });

    return [
      profileSection(partner),
      { sheetName: '资源投入', title: '资源投入', columns: RESOURCE_COLUMNS, rows: resourceRows },
      {
        sheetName: '参与教育教学',
        title: '参与教育教学',
        columns: [
          { key: 'category', label: '类别', type: 'text', width: 14 },
          { key: 'name', label: '名称', type: 'text', width: 28 },
          { key: 'major', label: '专业', type: 'text', width: 20 },
          { key: 'when', label: '年级/时间', type: 'text', width: 12 },
          { key: 'people', label: '人数', type: 'integer', unit: '人（基地为接待人次）' },
        ],
        rows: participationRows,
      },
      {
        sheetName: '成果',
        title: '成果',
        columns: [
          { key: 'major', label: '专业', type: 'text', width: 20 },
          { key: 'interns', label: '接受顶岗实习学生数', type: 'integer', unit: '人' },
          { key: 'graduatesEmployed', label: '接受毕业生就业数', type: 'integer', unit: '人' },
        ],
        rows: resultRows,
      },
      ...outlook,
    ];
  },
};
