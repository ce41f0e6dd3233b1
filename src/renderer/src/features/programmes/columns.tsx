import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import type { ProgrammeDisplay } from '@shared/domain/programmeSchemas';
import { periodLabel } from '@shared/domain/rules/academicYear';
import { formatFen } from '@shared/format/money';
import { COLUMN_WIDTH } from '../../components/tableColumns';

// Column builders shared by the programme tables. Empty figures show '—', never 0. Each has
// a width (tableColumns.ts) so a tab with eight columns and its actions fits 1366 px; names
// and free text end in an ellipsis with the whole text on hover.

type Displayed = { id: string; display: ProgrammeDisplay };
type Column<T> = ColumnsType<T>[number];

const NONE = '—';
// Narrower than a list's own name column: a programme row also has its name, major and figures.
const PARTNER_WIDTH = 170;
const MAJOR_WIDTH = 120;
/** A programme's own name (base, class, college, certificate). */
export const PROGRAMME_NAME_WIDTH = 160;

export function partnerColumn<T extends Displayed>(t: TFunction, title = 'programmes.fields.organisationId'): Column<T> {
  return { key: 'partner', title: t(title), width: PARTNER_WIDTH, ellipsis: true, render: (_: unknown, r: T) => r.display.partnerNames.join('、') || NONE };
}

export function majorColumn<T extends Displayed>(t: TFunction, title = 'programmes.fields.majorId'): Column<T> {
  return { key: 'major', title: t(title), width: MAJOR_WIDTH, ellipsis: true, render: (_: unknown, r: T) => r.display.majorNames.join('、') || NONE };
}

/** A plain value column: counts and days by default; dates and short codes with their width. */
export function valueColumn<T extends Displayed>(t: TFunction, key: keyof T & string, title: string, width: number = COLUMN_WIDTH.count): Column<T> {
  return {
    key,
    title: t(title),
    width,
    render: (_: unknown, r: T) => {
      const v = r[key];
      return typeof v === 'string' || typeof v === 'number' ? String(v) : NONE;
    },
  };
}

/** Names and free text (content, courses): one line ending in an ellipsis. */
export function textColumn<T extends Displayed>(t: TFunction, key: keyof T & string, title: string, width: number = COLUMN_WIDTH.text): Column<T> {
  return { ...valueColumn<T>(t, key, title, width), ellipsis: true };
}

export function yearColumn<T extends Displayed>(t: TFunction, key: keyof T & string, title: string): Column<T> {
  return {
    key,
    title: t(title),
    width: COLUMN_WIDTH.year,
    render: (_: unknown, r: T) => {
      const v = r[key];
      return typeof v === 'number' ? periodLabel({ kind: 'academic', startYear: v }) : NONE;
    },
  };
}

export function moneyColumn<T extends Displayed>(t: TFunction, key: keyof T & string, title: string, lang: string): Column<T> {
  return {
    key,
    title: t(title),
    width: COLUMN_WIDTH.money,
    align: 'right',
    render: (_: unknown, r: T) => {
      const v = r[key];
      return typeof v === 'number' ? formatFen(v, 'yuan', lang === 'en-US' ? 'en-US' : 'zh-CN') : NONE;
    },
  };
}
