import { useMemo } from 'react';
import { Button, Cascader, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { industryByCode, industryChildren, industryPath } from '@shared/classifications/industry';
import type { RegionEntry } from '@shared/classifications/region';
import { type ClassificationOption, industryCascaderOptions, industrySearch, regionCascaderOptions, suggestSearch } from './classificationOptions';
import { useRegions } from './useRegions';

// Pickers of the partner form: GB/T 4754 from 门类 down to 小类 and GB/T 2260 from province
// down to county, both searchable. Form.Item hands them the stored code and takes one back.

interface CodeInputProps {
  value?: string | null;
  onChange?: (code: string | null) => void;
  placeholder?: string;
  id?: string;
}

const lastOf = (path: readonly (string | number)[] | undefined): string | null => (path && path.length > 0 ? String(path[path.length - 1]) : null);

/** Any level can be chosen (changeOnSelect): a partner may only be known as 制造业. */
export function IndustryPicker({ value, onChange, placeholder, id }: CodeInputProps) {
  const search = useMemo(industrySearch, []);
  const options = industryCascaderOptions();
  const path = shownPath(options, industryPath(value).map((e) => e.code));
  return (
    <Cascader
      id={id}
      options={options}
      value={value && path.length === 0 ? [value] : path}
      changeOnSelect
      allowClear
      showSearch={search}
      placeholder={placeholder}
      popupMatchSelectWidth={false}
      onChange={(picked) => onChange?.(soleClassOf(lastOf(picked as (string | number)[] | undefined)))}
      displayRender={(labels) => labels[labels.length - 1] ?? ''}
    />
  );
}

/** The longest start of a code path that the cascade has (it skips 3620 under 362). */
function shownPath(options: readonly ClassificationOption[], path: readonly string[]): string[] {
  const shown: string[] = [];
  let level: readonly ClassificationOption[] | undefined = options;
  for (const code of path) {
    const option: ClassificationOption | undefined = level?.find((o) => o.value === code);
    if (!option) break;
    shown.push(code);
    level = option.children;
  }
  return shown;
}

/** An undivided 中类 stands for its only 小类 (362 → 3620), the more specific code to store. */
function soleClassOf(code: string | null): string | null {
  if (code === null || code.length !== 3) return code;
  const children = industryChildren(code);
  const only = children.length === 1 ? children[0] : undefined;
  return only && only.name === industryByCode(code)?.name ? only.code : code;
}

/** Region from province down to county; `onPicked` gets the full name (广东省深圳市南山区). */
export function RegionPicker({ value, onChange, placeholder, id, onPicked }: CodeInputProps & { onPicked?: (fullName: string | null) => void }) {
  const regions = useRegions();
  const search = useMemo(() => (regions ? suggestSearch((text) => regions.suggestRegions(text, 50)) : undefined), [regions]);
  const path = regions ? regions.regionPath(value).map((e) => e.code) : [];
  return (
    <Cascader
      id={id}
      loading={regions === null}
      options={regions ? regionCascaderOptions(regions) : []}
      value={value && path.length === 0 ? [value] : path}
      changeOnSelect
      allowClear
      {...(search ? { showSearch: search } : {})}
      placeholder={placeholder}
      popupMatchSelectWidth={false}
      onChange={(picked) => {
        const code = lastOf(picked as (string | number)[] | undefined);
        onChange?.(code);
        onPicked?.(code && regions ? regions.regionFullName(code) : null);
      }}
      displayRender={(labels) => labels.join(' / ')}
    />
  );
}

/** "根据统一社会信用代码，建议地区：广东省深圳市 [采用]", shown while the region is still empty. */
export function UsccRegionHint({ suggestion, onApply }: { suggestion: RegionEntry; onApply: (code: string, fullName: string) => void }) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} align="center" data-testid="uscc-region-hint">
      <Typography.Text type="secondary">{t('partners.regionFromUscc', { name: suggestion.fullName })}</Typography.Text>
      <Button size="small" type="link" data-testid="uscc-region-apply" onClick={() => onApply(suggestion.code, suggestion.fullName)}>
        {t('partners.regionFromUsccApply')}
      </Button>
    </Flex>
  );
}
