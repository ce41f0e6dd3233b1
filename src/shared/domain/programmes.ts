import { z } from 'zod';
import { Id, optionalText, requiredText } from './common';
import { INTERNSHIP_BASE_KINDS, ORDER_CLASS_KINDS, PROGRAMME_LEVELS } from './enums';
import { baseEquipmentIssues, internshipBaseIssues, noIssues, orderClassIssues } from './programmeRules';
import {
  flag,
  idList,
  nullableCount,
  nullableDate,
  nullableFen,
  nullableId,
  nullableStartYear,
  programmeSchemas,
  StartYear,
} from './programmeSchemas';

// 校外实践(实习)基地 with its yearly figures (domain §2.2), 订单班 and 现代学徒制.

export const INTERNSHIP_BASE_STATUSES = ['active', 'closed'] as const;

export const internshipBaseSchemas = programmeSchemas({
  fields: {
    name: requiredText(200),
    kind: z.enum(INTERNSHIP_BASE_KINDS),
    /** Required except for kind 'internal' (the college's own base, 0016). */
    organisationId: nullableId,
    agreementId: nullableId,
    address: optionalText(300),
    establishedDate: nullableDate,
    /** 挂牌名称 */
    plaqueName: optionalText(200),
    capacity: nullableCount,
    hasHousing: flag,
    paysAllowance: flag,
    /** 向基地支付专项实习经费, 元/生, stored in fen. */
    fundPerStudentFen: nullableFen,
    status: z.enum(INTERNSHIP_BASE_STATUSES).nullish().transform((v) => v ?? 'active'),
    /** 面向专业 */
    majorIds: idList,
    // [base-full-table] 校内实践基地 (domain §2.9)
    /** 批准日期 */
    approvalDate: nullableDate,
    /** 支持部门 */
    supportingDepartment: optionalText(100),
  },
  rules: internshipBaseIssues,
  sortBy: ['name', 'establishedDate', 'createdAt'] as const,
  extraFilters: { status: z.enum(INTERNSHIP_BASE_STATUSES).optional() },
});
export type InternshipBase = z.output<typeof internshipBaseSchemas.entity>;

// One row per base and 学年; figures left empty stay NULL ("no data").
const baseYearStatFields = {
  baseId: Id,
  academicYear: StartYear,
  projectCount: nullableCount,
  projectNames: optionalText(1000),
  /** 接待学生量, 人次 */
  studentVisits: nullableCount,
  /** 基地使用时间, 天 */
  usageDays: z.int().min(0).max(366).nullish().transform((v) => v ?? null),
  halfYearInterns: nullableCount,
  /** 派指导教师/学生管理人员, 人次 */
  supervisorsSent: nullableCount,
  graduatesEmployed: nullableCount,
  // [base-equipment] 校内实践基地 equipment (domain §2.3): amounts in 分 (entered in 元), counts in 台套
  /** 设备总值, 分 */
  equipmentTotalFen: nullableFen,
  /** 当年新增设备值, 分; part of the total */
  equipmentNewFen: nullableFen,
  /** 设备总数, 台套 */
  equipmentCount: nullableCount,
  /** 大型设备数, 台套; part of the total */
  largeEquipmentCount: nullableCount,
  // [base-full-table] the rest of the 校内实践基地 table (domain §2.9); blank = no data
  /** 建筑面积, 平方米 (2 decimals at most) */
  buildingAreaM2: z.number().min(0).max(10_000_000).multipleOf(0.01).nullish().transform((v) => v ?? null),
  /** 学年使用频率 校内 / 社会, 人时 */
  internalPersonHours: nullableCount,
  socialPersonHours: nullableCount,
  /** 自主研制设备值, 分 */
  selfDevelopedEquipmentFen: nullableFen,
  /** 原材料（耗材）费用, 分 */
  consumablesFen: nullableFen,
  /** 设备维护费用, 分 */
  maintenanceFen: nullableFen,
  /** 专职 / 兼职管理人员, 人 */
  fullTimeManagers: nullableCount,
  partTimeManagers: nullableCount,
};
export const BaseYearStatUpsert = z.object(baseYearStatFields).superRefine((value, ctx) => {
  for (const issue of baseEquipmentIssues(value)) ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
});
export const BaseYearStat = z.object({ id: Id, ...baseYearStatFields });
export type BaseYearStat = z.output<typeof BaseYearStat>;
export const BaseYearStatQuery = z.object({ baseId: Id });

export const orderClassSchemas = programmeSchemas({
  fields: {
    /** 冠名 */
    name: requiredText(200),
    organisationId: Id,
    agreementId: nullableId,
    majorId: nullableId,
    kind: z.enum(ORDER_CLASS_KINDS).nullish().transform((v) => v ?? null),
    cohortYear: nullableStartYear,
    startDate: nullableDate,
    endDate: nullableDate,
    planned: nullableCount,
    enrolled: nullableCount,
    employmentCommitmentPct: z.int().min(0).max(100).nullish().transform((v) => v ?? null),
    employed: nullableCount,
  },
  rules: orderClassIssues,
  sortBy: ['name', 'cohortYear', 'createdAt'] as const,
  extraFilters: { kind: z.enum(ORDER_CLASS_KINDS).optional() },
});
export type OrderClass = z.output<typeof orderClassSchemas.entity>;

export const apprenticeshipSchemas = programmeSchemas({
  fields: {
    organisationId: Id,
    agreementId: nullableId,
    majorId: nullableId,
    level: z.enum(PROGRAMME_LEVELS).nullish().transform((v) => v ?? null),
    cohortYear: nullableStartYear,
    apprentices: nullableCount,
    /** 企业师傅 */
    mentors: nullableCount,
  },
  rules: noIssues,
  sortBy: ['cohortYear', 'createdAt'] as const,
  extraFilters: { level: z.enum(PROGRAMME_LEVELS).optional() },
});
export type Apprenticeship = z.output<typeof apprenticeshipSchemas.entity>;
