import type { Migration } from '../migrate';
import { ORGANISATION_COLUMNS_0012 } from './0012_partner_industry_code';
import { BASE_YEAR_STAT_COLUMNS } from './0010_base_equipment_figures';
import { auditTriggersSql } from './auditTriggers';

// The whole 状态数据 校内实践基地 table (domain §2.9, issue 11) and the 校外实践基地 extras.
//
// 1. internship_base: a new kind 'internal' (an on-campus base the college runs without an
//    enterprise), so organisation_id becomes nullable, with a CHECK that only 'internal' may
//    lack it; plus 批准日期 and 支持部门. SQLite cannot relax NOT NULL or alter a CHECK, so the
//    table is rebuilt (12-step ALTER, like 0011; the runner turns foreign keys off around it).
//    internship_base_major and base_year_stat reference the table by name, so their foreign
//    keys point at the new table after the rename; foreign_key_check guards it before COMMIT.
//    The copy is not audited (the new table has no triggers yet): nothing changed for the user.
// 2. base_year_stat: 建筑面积, 学年使用频率 (校内/社会, 人时), 自主研制设备值, 原材料（耗材）费用,
//    设备维护费用 (分), 专职/兼职管理人员. All nullable (blank = no data), never negative.
// 3. organisation.employee_count: the host's 在岗职工总数 (R5), audited.
// Audit triggers list columns explicitly, so all three tables get theirs rebuilt.

export const INTERNSHIP_BASE_COLUMNS_0016 = [
  'id', 'name', 'kind', 'organisation_id', 'agreement_id', 'address', 'established_date', 'plaque_name',
  'capacity', 'has_housing', 'pays_allowance', 'fund_per_student_fen', 'status', 'created_at', 'updated_at',
  'deleted_at', 'approval_date', 'supporting_department',
] as const;

export const BASE_YEAR_STAT_COLUMNS_0016 = [
  ...BASE_YEAR_STAT_COLUMNS,
  'building_area_m2', 'internal_person_hours', 'social_person_hours', 'self_developed_equipment_fen',
  'consumables_fen', 'maintenance_fen', 'full_time_managers', 'part_time_managers',
] as const;

export const ORGANISATION_COLUMNS_0016 = [...ORGANISATION_COLUMNS_0012, 'employee_count'] as const;

/** The columns both the old and the new internship_base have, copied as they are. */
const COPIED = INTERNSHIP_BASE_COLUMNS_0016.filter((c) => c !== 'approval_date' && c !== 'supporting_department');

const REBUILD_BASE_SQL = `
CREATE TABLE internship_base_new (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind TEXT NOT NULL CHECK (kind IN ('external', 'internal_joint', 'internal')),
  organisation_id TEXT REFERENCES organisation (id) ON DELETE RESTRICT,
  agreement_id TEXT REFERENCES agreement (id) ON DELETE RESTRICT,
  address TEXT,
  established_date TEXT CHECK (established_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  plaque_name TEXT,
  capacity INTEGER CHECK (capacity >= 0),
  has_housing INTEGER NOT NULL DEFAULT 0 CHECK (has_housing IN (0, 1)),
  pays_allowance INTEGER NOT NULL DEFAULT 0 CHECK (pays_allowance IN (0, 1)),
  fund_per_student_fen INTEGER CHECK (fund_per_student_fen >= 0),
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT,
  approval_date TEXT CHECK (approval_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  supporting_department TEXT,
  -- Only a base the college runs alone has no partner.
  CHECK (organisation_id IS NOT NULL OR kind = 'internal')
) STRICT;
INSERT INTO internship_base_new (${COPIED.join(', ')}) SELECT ${COPIED.join(', ')} FROM internship_base;
DROP TABLE internship_base;
ALTER TABLE internship_base_new RENAME TO internship_base;
CREATE INDEX internship_base_by_organisation_id ON internship_base (organisation_id);
CREATE INDEX internship_base_by_agreement_id ON internship_base (agreement_id);
`;

const nonNegative = (col: string, type: 'INTEGER' | 'REAL'): string =>
  `ALTER TABLE base_year_stat ADD COLUMN ${col} ${type} CHECK (${col} >= 0);`;

const YEAR_STAT_SQL = `
${nonNegative('building_area_m2', 'REAL')}
${nonNegative('internal_person_hours', 'INTEGER')}
${nonNegative('social_person_hours', 'INTEGER')}
${nonNegative('self_developed_equipment_fen', 'INTEGER')}
${nonNegative('consumables_fen', 'INTEGER')}
${nonNegative('maintenance_fen', 'INTEGER')}
${nonNegative('full_time_managers', 'INTEGER')}
${nonNegative('part_time_managers', 'INTEGER')}
DROP TRIGGER audit_base_year_stat_insert;
DROP TRIGGER audit_base_year_stat_update;
DROP TRIGGER audit_base_year_stat_delete;
`;

const ORGANISATION_SQL = `
ALTER TABLE organisation ADD COLUMN employee_count INTEGER CHECK (employee_count >= 0);
DROP TRIGGER audit_organisation_insert;
DROP TRIGGER audit_organisation_update;
DROP TRIGGER audit_organisation_delete;
`;

export const migration0016: Migration = {
  version: 16,
  name: 'base_full_table',
  rebuildsTables: true,
  up(sqlite) {
    sqlite.exec(REBUILD_BASE_SQL);
    sqlite.exec(auditTriggersSql({ table: 'internship_base', columns: INTERNSHIP_BASE_COLUMNS_0016, softDelete: true }));
    sqlite.exec(YEAR_STAT_SQL);
    sqlite.exec(auditTriggersSql({ table: 'base_year_stat', columns: BASE_YEAR_STAT_COLUMNS_0016 }));
    sqlite.exec(ORGANISATION_SQL);
    sqlite.exec(auditTriggersSql({ table: 'organisation', columns: ORGANISATION_COLUMNS_0016, softDelete: true }));
  },
};
