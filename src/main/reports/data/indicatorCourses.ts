import { sql } from 'kysely';
import type { Executor } from '../../services/context';

// 校企合作共同开发课程 (R3): the courses whose development or use overlaps the period, by
// the same rule as R1's 共同开发课程数 (indicatorFigures.jointCourseFigures).

export interface JointCourseRecord {
  id: string;
  code: string | null;
  name: string;
  summary: string | null;
  majorId: string | null;
  partnerName: string;
  partnerUscc: string | null;
  startDate: string | null;
  endDate: string | null;
  leadStaffNo: string | null;
  leadStaffName: string | null;
  enterpriseLead: string | null;
}

interface Row {
  id: string;
  code: string | null;
  name: string;
  summary: string | null;
  major_id: string | null;
  full_name: string;
  uscc: string | null;
  start_date: string | null;
  end_date: string | null;
  staff_no: string | null;
  staff_name: string | null;
  enterprise_lead: string | null;
}

const fromRow = (r: Row): JointCourseRecord => ({
  id: r.id,
  code: r.code,
  name: r.name,
  summary: r.summary,
  majorId: r.major_id,
  partnerName: r.full_name,
  partnerUscc: r.uscc,
  startDate: r.start_date,
  endDate: r.end_date,
  leadStaffNo: r.staff_no,
  leadStaffName: r.staff_name,
  enterpriseLead: r.enterprise_lead,
});

export async function loadJointCourses(db: Executor, range: { from: string; to: string }): Promise<JointCourseRecord[]> {
  const { rows } = await sql<Row>`
    select jc.id, jc.code, jc.name, jc.summary, jc.major_id, o.full_name, o.uscc, jc.start_date, jc.end_date,
      s.staff_no, s.name as staff_name, jc.enterprise_lead
    from joint_course jc
      join organisation o on o.id = jc.organisation_id and o.deleted_at is null
      left join staff s on s.id = jc.school_lead_staff_id
    where jc.deleted_at is null and jc.kind = 'course'
      and (jc.start_date is null or jc.start_date <= ${range.to})
      and (jc.end_date is null or jc.end_date >= ${range.from})
    order by jc.code is null, jc.code, jc.name, jc.id`.execute(db);
  return rows.map(fromRow);
}
