import { Button, Flex, Form, Select } from 'antd';
import { majorOptions } from '@shared/domain/rules/majorLabel';
import { useTranslation } from 'react-i18next';
import { useChannel } from '../../api/useChannel';
import { EnumSelect } from '../../components/EnumSelect';
import { EXPIRY_WINDOWS, type AgreementFilterValues } from './agreementListParams';
import { PartnerSelect } from './PartnerSelect';

const ITEM_STYLE = { marginBottom: 8, minWidth: 180 };

/** The list's filters; each applies at once and lands in the URL. */
export function AgreementFilters({ values, onChange }: { values: AgreementFilterValues; onChange: (change: AgreementFilterValues) => void }) {
  const { t } = useTranslation();
  const orgUnits = useChannel('orgUnits:list', { includeDeleted: false });
  const majors = useChannel('majors:list', { includeDeleted: false });
  // No placeholders: antd's placeholder grey fails WCAG AA contrast; an empty filter means "all".

  return (
    <Form layout="vertical" role="search" aria-label={t('agreementsUi.filters.label')} data-testid="agreement-filters">
      <Flex gap={12} wrap align="end">
        <Form.Item label={t('agreementsUi.filters.type')} htmlFor="agreement-filter-type" style={ITEM_STYLE}>
          <div data-testid="agreement-filter-type">
            <EnumSelect id="agreement-filter-type" enumName="agreementType" value={values.type} onChange={(type) => onChange({ type: type ?? undefined })} />
          </div>
        </Form.Item>
        <Form.Item label={t('agreementsUi.filters.status')} htmlFor="agreement-filter-status" style={ITEM_STYLE}>
          <div data-testid="agreement-filter-status">
            <EnumSelect
              id="agreement-filter-status"
              enumName="effectiveAgreementStatus"
              value={values.status}
             
              onChange={(status) => onChange({ status: status ?? undefined })}
            />
          </div>
        </Form.Item>
        <Form.Item label={t('agreementsUi.filters.orgUnit')} htmlFor="agreement-filter-org-unit" style={ITEM_STYLE}>
          <div data-testid="agreement-filter-org-unit">
            <Select<string>
              id="agreement-filter-org-unit"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
             
              value={values.orgUnitId}
              loading={orgUnits.loading}
              options={(orgUnits.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
              onChange={(orgUnitId) => onChange({ orgUnitId: orgUnitId ?? undefined })}
            />
          </div>
        </Form.Item>
        <Form.Item label={t('agreementsUi.filters.major')} htmlFor="agreement-filter-major" style={ITEM_STYLE}>
          <div data-testid="agreement-filter-major">
            <Select<string>
              id="agreement-filter-major"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
             
              value={values.majorId}
              loading={majors.loading}
              options={majorOptions(majors.data ?? [])}
              onChange={(majorId) => onChange({ majorId: majorId ?? undefined })}
            />
          </div>
        </Form.Item>
        <Form.Item label={t('agreementsUi.filters.partner')} htmlFor="agreement-filter-partner" style={{ ...ITEM_STYLE, minWidth: 240 }}>
          <PartnerSelect
            id="agreement-filter-partner"
            testId="agreement-filter-partner"
            value={values.organisationId}
            onChange={(organisationId) => onChange({ organisationId })}
          />
        </Form.Item>
        <Form.Item label={t('agreementsUi.filters.expiry')} htmlFor="agreement-filter-expiry" style={ITEM_STYLE}>
          <div data-testid="agreement-filter-expiry">
            <Select<number>
              id="agreement-filter-expiry"
              allowClear
             
              value={values.expiringWithinDays}
              options={EXPIRY_WINDOWS.map((days) => ({ value: days, label: t('agreementsUi.filters.within', { days }) }))}
              onChange={(days) => onChange({ expiringWithinDays: EXPIRY_WINDOWS.find((w) => w === days) })}
            />
          </div>
        </Form.Item>
        <Form.Item style={{ marginBottom: 8 }}>
          <Button
            data-testid="agreement-filter-reset"
            onClick={() =>
              onChange({ type: undefined, status: undefined, orgUnitId: undefined, majorId: undefined, organisationId: undefined, expiringWithinDays: undefined })
            }
          >
            {t('agreementsUi.filters.reset')}
          </Button>
        </Form.Item>
      </Flex>
    </Form>
  );
}
