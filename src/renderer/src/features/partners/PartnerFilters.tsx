import { useState } from 'react';
import { AutoComplete, Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { EnumSelect } from '../../components/EnumSelect';
import type { PartnerListParams } from './partnerListParams';
import { useRegions } from './useRegions';

type FilterChange = Partial<Omit<PartnerListParams, 'page' | 'pageSize'>>;

/** The list's filters. Selects apply at once; text applies on Enter or the search button. */
export function PartnerFilters({ params, onChange }: { params: PartnerListParams; onChange: (change: FilterChange) => void }) {
  const { t } = useTranslation();
  // Local drafts of the text fields; re-keyed from the URL so Back/links refill them.
  const [q, setQ] = useState(params.q ?? '');
  const [region, setRegion] = useState(params.region ?? '');
  const [synced, setSynced] = useState({ q: params.q, region: params.region });
  if (synced.q !== params.q || synced.region !== params.region) {
    setSynced({ q: params.q, region: params.region });
    setQ(params.q ?? '');
    setRegion(params.region ?? '');
  }

  // The region filter is a prefix of the stored name: GB/T 2260 full names (广东省深圳市) are offered.
  const regions = useRegions();
  const regionOptions = regions && region.trim() ? regions.suggestRegions(region, 8).map((e) => ({ value: e.fullName, label: e.fullName })) : [];

  const applyText = () => onChange({ q: q.trim() || undefined, region: region.trim() || undefined });

  return (
    <Form layout="vertical" role="search" aria-label={t('partners.filters.label')} onFinish={applyText}>
      <Flex gap={12} wrap align="end">
        <Form.Item label={t('partners.filters.q')} htmlFor="filter-q" style={{ marginBottom: 8, minWidth: 220 }}>
          <Input
            id="filter-q"
            data-testid="filter-q"
            value={q}
            allowClear
            placeholder={t('partners.filters.qPlaceholder')}
            onChange={(e) => setQ(e.target.value)}
          />
        </Form.Item>
        <Form.Item label={t('partners.filters.kind')} htmlFor="filter-kind" style={{ marginBottom: 8, minWidth: 160 }}>
          <div data-testid="filter-kind">
            <EnumSelect
              id="filter-kind"
              enumName="orgKind"
              value={params.kind}
              placeholder={t('partners.filters.all')}
              onChange={(kind) => onChange({ kind: kind ?? undefined })}
            />
          </div>
        </Form.Item>
        <Form.Item label={t('partners.filters.status')} htmlFor="filter-status" style={{ marginBottom: 8, minWidth: 140 }}>
          <div data-testid="filter-status">
            <EnumSelect
              id="filter-status"
              enumName="partnerStatus"
              value={params.status}
              placeholder={t('partners.filters.all')}
              onChange={(status) => onChange({ status: status ?? undefined })}
            />
          </div>
        </Form.Item>
        <Form.Item label={t('partners.filters.industrySection')} htmlFor="filter-industry" style={{ marginBottom: 8, minWidth: 220 }}>
          <div data-testid="filter-industry">
            <EnumSelect
              id="filter-industry"
              enumName="industrySection"
              showCode
              value={params.industrySection}
              placeholder={t('partners.filters.all')}
              popupMatchSelectWidth={false}
              onChange={(industrySection) => onChange({ industrySection: industrySection ?? undefined })}
            />
          </div>
        </Form.Item>
        <Form.Item label={t('partners.filters.region')} htmlFor="filter-region" style={{ marginBottom: 8, minWidth: 160 }}>
          <AutoComplete
            options={regionOptions}
            value={region}
            onChange={setRegion}
            onSelect={(fullName: string) => onChange({ q: q.trim() || undefined, region: fullName })}
            popupMatchSelectWidth={false}
          >
            <Input id="filter-region" data-testid="filter-region" allowClear placeholder={t('partners.filters.regionPlaceholder')} />
          </AutoComplete>
        </Form.Item>
        <Form.Item style={{ marginBottom: 8 }}>
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" data-testid="filter-apply">
              {t('common.search')}
            </Button>
            <Button
              data-testid="filter-reset"
              onClick={() => onChange({ q: undefined, kind: undefined, status: undefined, industrySection: undefined, region: undefined })}
            >
              {t('common.reset')}
            </Button>
          </Flex>
        </Form.Item>
      </Flex>
    </Form>
  );
}
