import type {
  CONTRIBUTION_KINDS,
  COURSE_KINDS,
  FUNDING_DIRECTIONS,
  FUNDING_SOURCE_KINDS,
  PROGRAMME_TYPES,
} from '@shared/domain/enums';

// Tables of migration 0004 (courses and funding). Money columns are integer 分 (fen).

interface Timestamps {
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface JointCourseTable extends Timestamps {
  id: string;
  kind: (typeof COURSE_KINDS)[number];
  /** 课程号 */
  code: string | null;
  name: string;
  summary: string | null;
  organisation_id: string;
  major_id: string | null;
  start_date: string | null;
  end_date: string | null;
  school_lead_staff_id: string | null;
  enterprise_lead: string | null;
  isbn: string | null;
  published_date: string | null;
}

export interface FundingSourceTable extends Timestamps {
  id: string;
  kind: (typeof FUNDING_SOURCE_KINDS)[number];
  name: string;
  notes: string | null;
}

export interface FundingTxnTable extends Timestamps {
  id: string;
  source_id: string;
  direction: (typeof FUNDING_DIRECTIONS)[number];
  amount_fen: number;
  date: string;
  voucher_no: string | null;
  agreement_id: string | null;
  programme_type: (typeof PROGRAMME_TYPES)[number] | null;
  programme_id: string | null;
  summary: string | null;
  attachment_id: string | null;
}

export interface ContributionTable extends Timestamps {
  id: string;
  organisation_id: string;
  agreement_id: string | null;
  kind: (typeof CONTRIBUTION_KINDS)[number];
  items: string | null;
  value_fen: number | null;
  date: string;
  target: string | null;
  trainee_person_days: number | null;
  /** 0015: the 专业 the contribution counts for (R1); null → its agreement's single major, else 未分专业. */
  major_id: string | null;
}

export interface CourseFundingTables {
  joint_course: JointCourseTable;
  funding_source: FundingSourceTable;
  funding_txn: FundingTxnTable;
  contribution: ContributionTable;
}
