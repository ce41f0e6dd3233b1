import type { Migration } from '../migrate';
import { auditTriggersSql } from './auditTriggers';

// 校内实践基地 equipment (domain §2.3, report R6): per base and 学年 the 设备总值 and
// 当年新增设备值 (integer 分, like every amount) and the 设备总数 / 大型设备数 (台套).
// Nullable: an unrecorded figure is "no data" and stays blank in R6, never 0.
//
// The audit triggers of base_year_stat (0003) list its columns explicitly, so they are
// dropped and rebuilt with the new columns; otherwise the new figures would change
// without an audit entry. ADD COLUMN checks its CHECK against the existing rows (all NULL).

export const BASE_YEAR_STAT_COLUMNS = [
  'id', 'base_id', 'academic_year', 'project_count', 'project_names', 'student_visits', 'usage_days',
  'half_year_interns', 'supervisors_sent', 'graduates_employed',
  'equipment_total_fen', 'equipment_new_fen', 'equipment_count', 'large_equipment_count',
] as const;

const COLUMNS_SQL = `
ALTER TABLE base_year_stat ADD COLUMN equipment_total_fen INTEGER CHECK (equipment_total_fen >= 0);
ALTER TABLE base_year_stat ADD COLUMN equipment_new_fen INTEGER
  CHECK (equipment_new_fen >= 0 AND (equipment_total_fen IS NULL OR equipment_new_fen <= equipment_total_fen));
ALTER TABLE base_year_stat ADD COLUMN equipment_count INTEGER CHECK (equipment_count >= 0);
ALTER TABLE base_year_stat ADD COLUMN large_equipment_count INTEGER
  CHECK (large_equipment_count >= 0 AND (equipment_count IS NULL OR large_equipment_count <= equipment_count));
`;

const DROP_AUDIT_SQL = `
DROP TRIGGER audit_base_year_stat_insert;
DROP TRIGGER audit_base_year_stat_update;
DROP TRIGGER audit_base_year_stat_delete;
`;

export const migration0010: Migration = {
  version: 10,
  name: 'base_equipment_figures',
  up(sqlite) {
    sqlite.exec(COLUMNS_SQL);
    sqlite.exec(DROP_AUDIT_SQL);
    sqlite.exec(auditTriggersSql({ table: 'base_year_stat', columns: BASE_YEAR_STAT_COLUMNS }));
  },
};
