import { useState } from 'react';
import { Select } from 'antd';
import { useChannel } from '../../api/useChannel';

interface PartnerSelectProps {
  id: string;
  value?: string | null | undefined;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  testId?: string;
  'aria-label'?: string;
}

/**
 * A searchable partner picker over partners:list (server-side search, 20 at a time), so it
 * stays fast with 100k partners. The chosen partner's name is fetched if it is not on the page.
 */
export function PartnerSelect({ id, value, onChange, placeholder, testId, ...aria }: PartnerSelectProps) {
  const [q, setQ] = useState('');
  const list = useChannel('partners:list', { pageSize: 20, sortBy: 'fullName', sortDir: 'asc', ...(q ? { q } : {}) });
  const items = list.data?.items ?? [];
  const selectedMissing = Boolean(value) && !items.some((p) => p.id === value);
  const selected = useChannel('partners:get', { id: value ?? '' }, { enabled: selectedMissing });
  const options = items.map((p) => ({ value: p.id, label: p.fullName }));
  if (selectedMissing && selected.data) options.unshift({ value: selected.data.id, label: selected.data.fullName });

  return (
    <div data-testid={testId}>
      <Select<string>
        id={id}
        aria-label={aria['aria-label']}
        showSearch={{ filterOption: false, onSearch: (text) => setQ(text.trim()) }}
        allowClear
        value={value ?? undefined}
        placeholder={placeholder}
        loading={list.loading}
        options={options}
        onChange={(v) => onChange?.(v ?? undefined)}
        onClear={() => setQ('')}
        style={{ minWidth: 220, width: '100%' }}
      />
    </div>
  );
}
