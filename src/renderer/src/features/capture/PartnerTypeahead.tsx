import { forwardRef, useEffect, useState } from 'react';
import { AutoComplete, type GetRef } from 'antd';
import { useChannel } from '../../api/useChannel';

export type PartnerTypeaheadRef = GetRef<typeof AutoComplete>;

export interface PickedPartner {
  id: string;
  name: string;
}

interface PartnerTypeaheadProps {
  id?: string;
  autoFocus?: boolean;
  value?: string;
  onChange?: (text: string) => void;
  picked: PickedPartner | null;
  onPick: (partner: PickedPartner | null) => void;
}

// Waits for a short pause in typing so every keystroke does not query 100k partners.
const SEARCH_DELAY_MS = 150;

/**
 * Free text with suggestions from search:global's partner group, so the company is found as the
 * header search finds it: by name, alias, USCC, pinyin or initials ("hw" → 华为…, prefix hits
 * first). Arrow keys and Enter pick an existing
 * partner; text that picks nothing names a new partner. The first suggestion is not
 * pre-selected, so Enter on a new name never silently picks a look-alike.
 */
export const PartnerTypeahead = forwardRef<PartnerTypeaheadRef, PartnerTypeaheadProps>(function PartnerTypeahead(
  { id, autoFocus = false, value = '', onChange, picked, onPick },
  ref,
) {
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(value.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [value]);
  const enabled = query.length > 0 && picked?.name !== query;
  const { data } = useChannel('search:global', { q: query, limit: 8 }, { enabled });
  const hits = data?.groups.find((g) => g.type === 'partner')?.items ?? [];
  const options = enabled ? hits.map((p) => ({ value: p.title, label: p.title, key: p.id, partnerId: p.id })) : [];

  return (
    <AutoComplete
      ref={ref}
      id={id}
      autoFocus={autoFocus}
      value={value}
      options={options}
      defaultActiveFirstOption={false}
      data-testid="capture-partner"
      onChange={(text: string) => {
        onChange?.(text);
        if (picked && text !== picked.name) onPick(null);
      }}
      onSelect={(_: string, option: { value: string; partnerId: string }) => onPick({ id: option.partnerId, name: option.value })}
    />
  );
});
