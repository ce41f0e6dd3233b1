import { useState } from 'react';
import { Select } from 'antd';
import { useChannel } from '../../api/useChannel';

/** Agreement picker searching on the server (title or number), plus the current value. */
export function AgreementPicker({ id, value, onChange }: { id?: string; value?: string | null; onChange?: (v: string | null) => void }) {
  const [q, setQ] = useState('');
  const { data } = useChannel('agreements:list', { q: q || undefined, pageSize: 20 });
  const current = useChannel('agreements:get', { id: value ?? '' }, { enabled: Boolean(value) });
  const options = (data?.items ?? []).map((a) => ({ value: a.id, label: a.agreementNo ? `${a.agreementNo} ${a.title}` : a.title }));
  if (value && current.data && !options.some((o) => o.value === value)) options.unshift({ value, label: current.data.title });
  return (
    <Select<string>
      id={id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      options={options}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
    />
  );
}
