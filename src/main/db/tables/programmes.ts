import type { Generated } from 'kysely';
import type { INTERNSHIP_BASE_KINDS, ORDER_CLASS_KINDS, PROGRAMME_LEVELS } from '@shared/domain/enums';

// Tables of migration 0003 (programmes). Figures are nullable: NULL means "no data",
// which official exports must leave blank rather than write 0.

interface Timestamps {
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface InternshipBaseTable extends Timestamps {
  id: string;
  name: string;
  kind: (typeof INTERNSHIP_BASE_KINDS)[number];
  /** Null only for kind 'internal' (0016). */
  organisation_id: string | null;
  agreement_id: string | null;
  address: string | null;
  established_date: string | null;
  plaque_name: string | null;
  capacity: number | null;
  has_housing: Generated<number>;
  pays_allowance: Generated<number>;
  fund_per_student_fen: number | null;
  status: Generated<'active' | 'closed'>;
  // [base-full-table] 0016: 批准日期, 支持部门
  approval_date: string | null;
  supporting_department: string | null;
}

export interface InternshipBaseMajorTable {
  base_id: string;
  major_id: string;
}

export interface BaseYearStatTable {
  id: string;
  base_id: string;
  /** Start year of the 学年 (2025 = 2025-2026). */
  academic_year: number;
  project_count: number | null;
  project_names: string | null;
  /** 接待学生量, 人次 */
  student_visits: number | null;
  usage_days: number | null;
  half_year_interns: number | null;
  supervisors_sent: number | null;
  graduates_employed: number | null;
  // [base-equipment] 0010: 设备总值 / 当年新增设备值 in 分, 设备总数 / 大型设备数 in 台套
  equipment_total_fen: number | null;
  equipment_new_fen: number | null;
  equipment_count: number | null;
  large_equipment_count: number | null;
  // [base-full-table] 0016: 建筑面积 m², 学年使用频率 人时, amounts in 分, 管理人员 人
  building_area_m2: number | null;
  internal_person_hours: number | null;
  social_person_hours: number | null;
  self_developed_equipment_fen: number | null;
  consumables_fen: number | null;
  maintenance_fen: number | null;
  full_time_managers: number | null;
  part_time_managers: number | null;
}

export interface OrderClassTable extends Timestamps {
  id: string;
  /** 冠名 */
  name: string;
  organisation_id: string;
  agreement_id: string | null;
  major_id: string | null;
  kind: (typeof ORDER_CLASS_KINDS)[number] | null;
  cohort_year: number | null;
  start_date: string | null;
  end_date: string | null;
  planned: number | null;
  enrolled: number | null;
  employment_commitment_pct: number | null;
  employed: number | null;
}

type ProgrammeLevel = (typeof PROGRAMME_LEVELS)[number];

export interface ApprenticeshipTable extends Timestamps {
  id: string;
  organisation_id: string;
  agreement_id: string | null;
  major_id: string | null;
  level: ProgrammeLevel | null;
  cohort_year: number | null;
  apprentices: number | null;
  /** Number of 企业师傅. */
  mentors: number | null;
}

export interface IndustryCollegeTable extends Timestamps {
  id: string;
  name: string;
  level: ProgrammeLevel | null;
  established_date: string | null;
  agreement_id: string | null;
}

export interface IndustryCollegePartnerTable {
  college_id: string;
  organisation_id: string;
}

export interface IndustryCollegeMajorTable {
  college_id: string;
  major_id: string;
}

export interface PartTimeTeacherTable extends Timestamps {
  id: string;
  contact_id: string;
  organisation_id: string;
  academic_year: number;
  courses: string | null;
  /** 学时 */
  hours: number | null;
  pay_fen: number | null;
  qualification: string | null;
  /** 0015: the 专业 the teacher serves (R1); null → 未分专业. Two majors → two records. */
  major_id: string | null;
}

export interface TeacherPracticeTable extends Timestamps {
  id: string;
  staff_id: string;
  organisation_id: string;
  academic_year: number;
  start_date: string | null;
  end_date: string | null;
  days: number | null;
  content: string | null;
}

export interface Cert1xTable extends Timestamps {
  id: string;
  name: string;
  level: string | null;
  /** 培训评价组织 */
  organisation_id: string | null;
  academic_year: number;
  trained: number | null;
  examined: number | null;
  passed: number | null;
}

export interface Cert1xMajorTable {
  cert_id: string;
  major_id: string;
}

export interface PlacementStatTable extends Timestamps {
  id: string;
  organisation_id: string;
  major_id: string;
  academic_year: number;
  order_trainees: number | null;
  interns: number | null;
  graduates_employed: number | null;
}

/** 专业共建 (migration 0007). */
export interface CoBuiltMajorTable extends Timestamps {
  id: string;
  major_id: string;
  agreement_id: string | null;
  /** First year of the cooperation (a 学年 start year). */
  start_year: number | null;
  level: ProgrammeLevel | null;
  content: string | null;
}

export interface CoBuiltMajorPartnerTable {
  co_built_major_id: string;
  organisation_id: string;
}

export interface ProgrammeTables {
  internship_base: InternshipBaseTable;
  internship_base_major: InternshipBaseMajorTable;
  base_year_stat: BaseYearStatTable;
  order_class: OrderClassTable;
  apprenticeship: ApprenticeshipTable;
  industry_college: IndustryCollegeTable;
  industry_college_partner: IndustryCollegePartnerTable;
  industry_college_major: IndustryCollegeMajorTable;
  part_time_teacher: PartTimeTeacherTable;
  teacher_practice: TeacherPracticeTable;
  cert_1x: Cert1xTable;
  cert_1x_major: Cert1xMajorTable;
  placement_stat: PlacementStatTable;
  co_built_major: CoBuiltMajorTable;
  co_built_major_partner: CoBuiltMajorPartnerTable;
}
