import type { Generated } from 'kysely';
import type { MAJOR_LEVELS, ORG_UNIT_KINDS } from '@shared/domain/enums';

// Tables of migration 0001 (reference data and the audit trail). snake_case as in SQL.

export interface AppSettingTable {
  key: string;
  /** JSON text of one Settings field. */
  value: string;
  updated_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  ts: string;
  actor: string;
  action: 'insert' | 'update' | 'delete' | 'trash' | 'restore';
  table_name: string;
  row_id: string;
  before_json: string | null;
  after_json: string | null;
}

export interface OrgUnitTable {
  id: string;
  name: string;
  code: string | null;
  kind: (typeof ORG_UNIT_KINDS)[number];
  parent_id: string | null;
  head: string | null;
  phone: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface MajorTable {
  id: string;
  code: string;
  name: string;
  level: (typeof MAJOR_LEVELS)[number];
  org_unit_id: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  /** 专业方向: the 专业 this row is a direction of (migration 0017); null for a 专业. */
  parent_major_id: string | null;
}

export interface StaffTable {
  id: string;
  name: string;
  staff_no: string | null;
  org_unit_id: string | null;
  title: string | null;
  phone: string | null;
  email: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface ReferenceTables {
  app_setting: AppSettingTable;
  audit_log: AuditLogTable;
  org_unit: OrgUnitTable;
  major: MajorTable;
  staff: StaffTable;
}
