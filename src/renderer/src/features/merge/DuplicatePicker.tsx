import { useState } from 'react';
import { Select } from 'antd';
import { useChannel } from '../../api/useChannel';
import { useDebouncedValue } from '../search/useDebouncedValue';

/** Picks the duplicate partner through the global search (names, pinyin, USCC), never the survivor itself. */
export function DuplicatePicker({
  id,
  survivorId,
  value,
  onChange,
  placeholder,
}: {
  id: string;
  survivorId: string;
  value: string | undefined;
  onChange: (id: string | undefined) => void;
  placeholder: string;
}) {
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 200);
  const found = useChannel('search:global', { q, limit: 10 }, { enabled: q.length > 0 });
  const partners = q.length > 0 ? (found.data?.groups.find((g) => g.type === 'partner')?.items ?? []) : [];
  const options = partners
    .filter((p) => p.id !== survivorId)
    .map((p) => ({ value: p.id, label: p.subtitle ? `${p.title}（${p.subtitle}）` : p.title }));

  return (
    <Select<string>
      id={id}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      value={value}
      placeholder={placeholder}
      loading={found.loading}
      options={options}
      onChange={(v) => onChange(v ?? undefined)}
      notFoundContent={null}
      style={{ width: '100%' }}
      data-testid="merge-pick"
    />
  );
}
