import { useState } from 'react';
import { majorOptions } from '@shared/domain/rules/majorLabel';
import { Select } from 'antd';
import { useChannel } from '../../api/useChannel';

interface PickerProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  testId?: string;
  ariaLabel?: string;
}

/**
 * Partner picker that searches on the server (never loads the whole partner table):
 * the first 20 matches of what was typed, plus the current value's own name.
 */
export function PartnerPicker({ id, value, onChange, testId, ariaLabel }: PickerProps) {
  const [q, setQ] = useState('');
  const { data } = useChannel('partners:list', { q: q || undefined, pageSize: 20, sortBy: 'fullName', sortDir: 'asc' });
  const current = useChannel('partners:get', { id: value ?? '' }, { enabled: Boolean(value) });
  const options = (data?.items ?? []).map((p) => ({ value: p.id, label: p.fullName }));
  if (value && current.data && !options.some((o) => o.value === value)) options.unshift({ value, label: current.data.fullName });
  return (
    <Select<string>
      id={id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      options={options}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      style={{ minWidth: 220 }}
      data-testid={testId}
      aria-label={ariaLabel}
    />
  );
}

export function MajorPicker({ id, value, onChange, testId }: PickerProps) {
  const { data } = useChannel('majors:list', { includeDeleted: false });
  const options = majorOptions(data ?? []);
  return (
    <Select<string>
      id={id}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      options={options}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      data-testid={testId}
    />
  );
}

export function StaffPicker({ id, value, onChange, testId }: PickerProps) {
  const { data } = useChannel('staff:list', { includeDeleted: false });
  const options = (data ?? []).map((s) => ({ value: s.id, label: s.staffNo ? `${s.name}（${s.staffNo}）` : s.name }));
  return (
    <Select<string>
      id={id}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      options={options}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      data-testid={testId}
    />
  );
}
