import { PROGRAMME_BULK_ENTITIES, type ProgrammeBulkEntity, type ProgrammeList } from '@shared/domain/bulk';
import type { Page } from '@shared/domain/common';
import { INTERNSHIP_BASE_STATUSES } from '@shared/domain/programmes';
import type { ProgrammeDisplay } from '@shared/domain/programmeSchemas';
import { periodLabel } from '@shared/domain/rules/academicYear';
import { type BulkAdapter, mapPage, namesById, oneRow, type Translation, yuan } from './adapterKit';
import type { ListCell, ListColumn } from './listXlsx';

// The eight programme lists, one generic adapter: every kind is trashed, restored and
// listed by the same generic service (programmes/programmeService.ts). Only the internship
// base has a status; no kind has an owner unit. The sheet repeats the columns of the tab
// on screen, plus the teacher's name where the tab leaves it to the form.

/** A programme record as its service returns it: fields by name, with the names of what it points at. */
export interface ProgrammeRow {
  id: string;
  display: ProgrammeDisplay;
  /** The teacher's name, added for the teacher kinds. */
  personName?: string | null;
}

/** A field of the kind's own (the record has them all; the adapter is written once for every kind). */
const fieldOf = (r: ProgrammeRow, field: string): unknown => (r as unknown as Readonly<Record<string, unknown>>)[field];

export interface ProgrammeTarget {
  delete(id: string): Promise<unknown>;
  restore(id: string): Promise<unknown>;
  update(input: unknown): Promise<unknown>;
  get(id: string): Promise<ProgrammeRow>;
  list(query?: unknown): Promise<Page<ProgrammeRow>>;
}

export type ProgrammeTargets = Record<ProgrammeList, ProgrammeTarget>;

/** Who a teacher record is about: a partner's contact (兼职教师) or a staff member (企业实践). */
export interface TeacherNames {
  contactName(id: string): Promise<string>;
  staff(): Promise<readonly { id: string; name: string }[]>;
}

type Fields = Translation['programmes']['fields'];
type Column = ListColumn<ProgrammeRow>;
type ColumnsOf = (tr: Translation) => Column[];

const plain =
  (field: string) =>
  (r: ProgrammeRow): ListCell => {
    const v = fieldOf(r, field);
    return typeof v === 'string' || typeof v === 'number' ? v : null;
  };
const numberOr = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** Builders of one column, labelled by the tab's own field label. */
function columnsIn(tr: Translation) {
  const f: Fields = tr.programmes.fields;
  return {
    value: (field: string, label: keyof Fields, width = 12): Column => ({ header: f[label], width, value: plain(field) }),
    year: (field: string, label: keyof Fields): Column => ({
      header: f[label],
      width: 12,
      value: (r) => {
        const start = numberOr(fieldOf(r, field));
        return start === null ? null : periodLabel({ kind: 'academic', startYear: start });
      },
    }),
    money: (field: string, label: keyof Fields): Column => ({ header: f[label], width: 14, value: (r) => yuan(numberOr(fieldOf(r, field))) }),
    /** A code shown by its label (an enum, or the base's 在用 / 已停用). */
    code: (field: string, label: keyof Fields, labels: Readonly<Record<string, string>>): Column => ({
      header: f[label],
      width: 12,
      value: (r) => {
        const v = fieldOf(r, field);
        return typeof v === 'string' ? (labels[v] ?? v) : null;
      },
    }),
    partners: (label: keyof Fields = 'organisationId'): Column => ({ header: f[label], width: 32, value: (r) => r.display.partnerNames.join('、') || null }),
    majors: (label: keyof Fields = 'majorId'): Column => ({ header: f[label], width: 24, value: (r) => r.display.majorNames.join('、') || null }),
    person: (label: keyof Fields): Column => ({ header: f[label], width: 12, value: (r) => r.personName ?? null }),
  };
}

const COLUMNS: Readonly<Record<ProgrammeList, ColumnsOf>> = {
  internshipBases: (tr) => {
    const c = columnsIn(tr);
    return [
      c.value('name', 'baseName', 30),
      c.partners(),
      c.majors('majorIds'),
      c.code('kind', 'kind', tr.enums.internshipBaseKind),
      c.value('capacity', 'capacity'),
      c.money('fundPerStudentFen', 'fundPerStudentFen'),
      c.code('status', 'status', tr.programmes.statuses),
    ];
  },
  orderClasses: (tr) => {
    const c = columnsIn(tr);
    return [
      c.value('name', 'className', 24),
      c.partners(),
      c.majors(),
      c.code('kind', 'kind', tr.enums.orderClassKind),
      c.year('cohortYear', 'cohortYear'),
      c.value('planned', 'planned'),
      c.value('enrolled', 'enrolled'),
      c.value('employed', 'employed'),
    ];
  },
  apprenticeships: (tr) => {
    const c = columnsIn(tr);
    return [
      c.partners(),
      c.majors(),
      c.code('level', 'level', tr.enums.programmeLevel),
      c.year('cohortYear', 'cohortYear'),
      c.value('apprentices', 'apprentices'),
      c.value('mentors', 'mentors'),
    ];
  },
  industryColleges: (tr) => {
    const c = columnsIn(tr);
    return [c.value('name', 'name', 30), c.partners('partnerIds'), c.majors('majorIds'), c.code('level', 'level', tr.enums.programmeLevel), c.value('establishedDate', 'establishedDate')];
  },
  coBuiltMajors: (tr) => {
    const c = columnsIn(tr);
    return [c.majors(), c.partners('partnerIds'), c.year('startYear', 'startYear'), c.code('level', 'level', tr.enums.programmeLevel), c.value('content', 'content', 40)];
  },
  partTimeTeachers: (tr) => {
    const c = columnsIn(tr);
    return [
      c.person('contactId'),
      c.partners(),
      c.majors(),
      c.year('academicYear', 'academicYear'),
      c.value('courses', 'courses', 24),
      c.value('hours', 'hours'),
      c.money('payFen', 'payFen'),
      c.value('qualification', 'qualification', 16),
    ];
  },
  teacherPractices: (tr) => {
    const c = columnsIn(tr);
    return [
      c.person('staffId'),
      c.partners(),
      c.year('academicYear', 'academicYear'),
      c.value('startDate', 'startDate'),
      c.value('endDate', 'endDate'),
      c.value('days', 'days'),
      c.value('content', 'practiceContent', 40),
    ];
  },
  cert1x: (tr) => {
    const c = columnsIn(tr);
    return [
      c.value('name', 'certName', 30),
      c.value('level', 'certLevel', 8),
      c.partners('certOrganisationId'),
      c.majors('majorIds'),
      c.year('academicYear', 'academicYear'),
      c.value('trained', 'trained'),
      c.value('examined', 'examined'),
      c.value('passed', 'passed'),
    ];
  },
};

const idField = (row: ProgrammeRow, field: string): string | null => {
  const v = fieldOf(row, field);
  return typeof v === 'string' ? v : null;
};

/** Rows of the teacher kinds get the teacher's name; the others are sheet rows as they are. */
function rowsOf(list: ProgrammeList, names: TeacherNames): ((rows: ProgrammeRow[]) => Promise<ProgrammeRow[]>) | null {
  if (list === 'partTimeTeachers') {
    return async (rows) => {
      const byId = await namesById(
        rows.map((r) => idField(r, 'contactId')),
        (id) => names.contactName(id),
      );
      return rows.map((r) => ({ ...r, personName: byId.get(idField(r, 'contactId') ?? '') ?? null }));
    };
  }
  if (list === 'teacherPractices') {
    return async (rows) => {
      const byId = new Map((await names.staff()).map((s) => [s.id, s.name]));
      return rows.map((r) => ({ ...r, personName: byId.get(idField(r, 'staffId') ?? '') ?? null }));
    };
  }
  return null;
}

function programmeAdapter(list: ProgrammeList, target: ProgrammeTarget, names: TeacherNames): BulkAdapter<ProgrammeRow> {
  const toRows = rowsOf(list, names);
  const status =
    list === 'internshipBases'
      ? { statuses: INTERNSHIP_BASE_STATUSES, setStatus: (id: string, s: string) => target.update({ id, patch: { status: s } }) }
      : {};
  return {
    trash: (id) => target.delete(id),
    restore: (id) => target.restore(id),
    ...status,
    get: async (id) => (toRows ? oneRow(await target.get(id), toRows) : target.get(id)),
    list: async (query, page, pageSize) => {
      const found = await target.list({ ...query, page, pageSize });
      return toRows ? mapPage(found, toRows) : found;
    },
    sheetName: (tr) => tr.programmes.tabs[list],
    columns: COLUMNS[list],
  };
}

/** One adapter per programme entity (internshipBase, orderClass, …), keyed as BulkEntity. */
export function createProgrammeAdapters(targets: ProgrammeTargets, names: TeacherNames): Record<ProgrammeBulkEntity, BulkAdapter<ProgrammeRow>> {
  const lists = Object.keys(PROGRAMME_BULK_ENTITIES) as ProgrammeList[];
  return Object.fromEntries(lists.map((list) => [PROGRAMME_BULK_ENTITIES[list], programmeAdapter(list, targets[list], names)])) as Record<
    ProgrammeBulkEntity,
    BulkAdapter<ProgrammeRow>
  >;
}
