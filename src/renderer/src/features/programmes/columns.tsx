import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import type { ProgrammeDisplay } from '@shared/domain/programmeSchemas';
import { periodLabel } from '@shared/domain/rules/academicYear';
import { formatFen } from '@shared/format/money';

// Column builders shared by the programme tables. Empty figures show '—', never 0.

type Displayed = { id: string; display: ProgrammeDisplay };
type Column<T> = ColumnsType<T>[number];

const NONE = '—';

export function partnerColumn<T extends Displayed>(t: TFunction, title = 'programmes.fields.organisationId'): Column<T> {
  return { key: 'partner', title: t(title), render: (_: unknown, r: T) => r.display.partnerNames.join('、') || NONE };
}

export function majorColumn<T extends Displayed>(t: TFunction, title = 'programmes.fields.majorId'): Column<T> {
  return { key: 'major', title: t(title), render: (_: unknown, r: T) => r.display.majorNames.join('、') || NONE };
}

/** A plain value column: text, counts, dates. */
export function valueColumn<T extends Displayed>(t: TFunction, key: keyof T & string, title: string): Column<T> {
  return {
    key,
    title: t(title),
    render: (_: unknown, r: T) => {
      const v = r[key];
      return typeof v === 'string' || typeof v === 'number' ? String(v) : NONE;
    },
  };
}

export function yearColumn<T extends Displayed>(t: TFunction, key: keyof T & string, title: string): Column<T> {
  return {
    key,
    title: t(title),
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
    render: (_: unknown, r: T) => {
      const v = r[key];
      return typeof v === 'number' ? formatFen(v, 'yuan', lang === 'en-US' ? 'en-US' : 'zh-CN') : NONE;
    },
  };
}
