import { useMemo, useState } from 'react';
import { majorOptions } from '@shared/domain/rules/majorLabel';
import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { periodLabel } from '@shared/domain/rules/academicYear';
import { useChannel } from '../../api/useChannel';

// Searchable pickers for the rows programmes point at. Partners are searched on the core
// (100k rows never load into the renderer); majors and staff are small reference lists.

export interface KnownOption {
  value: string;
  label: string;
}

type PickerProps = Omit<SelectProps<string | string[]>, 'options' | 'mode'> & { multiple?: boolean };

/** Partners found by name as the user types; `known` labels the ids already chosen. */
export function PartnerPicker({ multiple = false, known = [], ...rest }: PickerProps & { known?: readonly KnownOption[] }) {
  const [q, setQ] = useState('');
  const { data, loading } = useChannel('partners:list', { q: q || undefined, pageSize: 20, sortBy: 'fullName', sortDir: 'asc' });
  const options = useMemo(() => {
    const found = (data?.items ?? []).map((p) => ({ value: p.id, label: p.fullName }));
    const seen = new Set(found.map((o) => o.value));
    return [...found, ...known.filter((k) => !seen.has(k.value))];
  }, [data, known]);
  return (
    <Select<string | string[]>
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={loading}
      options={options}
      {...(multiple ? { mode: 'multiple' as const } : {})}
      {...rest}
    />
  );
}

/** Agreements found by title or number as the user types, narrowed to the chosen partner. */
export function AgreementPicker({
  organisationId,
  known = [],
  ...rest
}: Omit<SelectProps<string>, 'options'> & { organisationId: string | undefined; known?: readonly KnownOption[] }) {
  const [q, setQ] = useState('');
  const { data, loading } = useChannel('agreements:list', { q: q || undefined, organisationId, pageSize: 20 });
  const options = useMemo(() => {
    const found = (data?.items ?? []).map((a) => ({ value: a.id, label: a.agreementNo ? `${a.agreementNo} ${a.title}` : a.title }));
    const seen = new Set(found.map((o) => o.value));
    return [...found, ...known.filter((k) => !seen.has(k.value))];
  }, [data, known]);
  return <Select<string> allowClear showSearch={{ filterOption: false, onSearch: setQ }} loading={loading} options={options} {...rest} />;
}

/** Majors by code and name, searchable in the list. */
export function MajorPicker({ multiple = false, ...rest }: PickerProps) {
  const { data, loading } = useChannel('majors:list', { includeDeleted: false });
  const options = majorOptions(data ?? []);
  return (
    <Select<string | string[]>
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={loading}
      options={options}
      {...(multiple ? { mode: 'multiple' as const } : {})}
      {...rest}
    />
  );
}

export function StaffPicker(props: Omit<SelectProps<string>, 'options'>) {
  const { data, loading } = useChannel('staff:list', { includeDeleted: false });
  const options = (data ?? []).map((s) => ({ value: s.id, label: s.staffNo ? `${s.name}（${s.staffNo}）` : s.name }));
  return <Select<string> allowClear showSearch={{ optionFilterProp: 'label' }} loading={loading} options={options} {...props} />;
}

/** The contacts of one partner; empty until a partner is chosen. */
export function ContactPicker({ organisationId, ...rest }: Omit<SelectProps<string>, 'options'> & { organisationId: string | undefined }) {
  const { t } = useTranslation();
  const { data, loading } = useChannel(
    'contacts:list',
    { organisationId: organisationId ?? '', pageSize: 200 },
    { enabled: organisationId !== undefined },
  );
  const options = organisationId ? (data?.items ?? []).map((c) => ({ value: c.id, label: c.title ? `${c.name}（${c.title}）` : c.name })) : [];
  return (
    <Select<string>
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={loading}
      options={options}
      notFoundContent={organisationId ? undefined : t('programmes.pickers.noContacts')}
      {...rest}
    />
  );
}

/** 学年 by start year, labelled '2025-2026'; from 2010 to five years ahead of `today`. */
export function academicYearOptions(today: Date = new Date()): { value: number; label: string }[] {
  const last = today.getFullYear() + 5;
  const years: number[] = [];
  for (let y = last; y >= 2010; y -= 1) years.push(y);
  return years.map((y) => ({ value: y, label: periodLabel({ kind: 'academic', startYear: y }) }));
}

export function AcademicYearSelect(props: Omit<SelectProps<number>, 'options'>) {
  const options = useMemo(() => academicYearOptions(), []);
  return <Select<number> allowClear showSearch={{ optionFilterProp: 'label' }} options={options} {...props} />;
}
