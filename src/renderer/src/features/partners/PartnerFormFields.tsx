import type { ReactNode } from 'react';
import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChannel } from '../../api/useChannel';
import { EnumSelect } from '../../components/EnumSelect';
import { IndustryPicker, RegionPicker, UsccRegionHint } from './ClassificationPickers';
import type { PartnerFormField, PartnerFormValues } from './partnerFormModel';
import { useRegions } from './useRegions';

/** One labelled field with the `field-<name>` wrapper the end-to-end tests look for. */
function Field({ name, children, wide, extra, required }: { name: PartnerFormField; children: ReactNode; wide?: boolean; extra?: ReactNode; required?: boolean }) {
  const { t } = useTranslation();
  return (
    <Col xs={24} md={wide ? 24 : 12}>
      <div data-testid={`field-${name}`}>
        <Form.Item name={name} label={t(`partners.fields.${name}`)} extra={extra} required={required ?? false}>
          {children}
        </Form.Item>
      </div>
    </Col>
  );
}

/**
 * Every PartnerDraft field. `usccExtra` carries the override checkbox and the conflict link;
 * `fullNameExtra` the duplicate warning. Industry and region are picked from GB/T 4754 and
 * GB/T 2260; picking a region fills its full name, which stays editable.
 */
export function PartnerFormFields({ usccExtra, fullNameExtra, onUsccBlur }: { usccExtra: ReactNode; fullNameExtra?: ReactNode; onUsccBlur?: () => void }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<PartnerFormValues>();
  const uscc = Form.useWatch('uscc', form);
  const regionCode = Form.useWatch('regionCode', form);
  // The USCC's registering authority, offered (never filled in silently) while the region is empty.
  const regions = useRegions();
  const suggestion = regions && !regionCode ? regions.regionFromUscc(uscc) : null;
  const orgUnits = useChannel('orgUnits:list', {});
  const orgUnitOptions = (orgUnits.data ?? []).map((u) => ({ value: u.id, label: u.name }));

  return (
    <Row gutter={16}>
      <Field name="fullName" wide extra={fullNameExtra} required>
        <Input maxLength={200} autoComplete="off" />
      </Field>
      <Field name="kind" required>
        <EnumSelect enumName="orgKind" allowClear={false} />
      </Field>
      <Field name="status" required>
        <EnumSelect enumName="partnerStatus" allowClear={false} />
      </Field>
      <Field name="uscc" extra={usccExtra}>
        <Input maxLength={30} autoComplete="off" spellCheck={false} style={{ fontFamily: 'monospace' }} onBlur={onUsccBlur} />
      </Field>
      <Field name="legalRepresentative">
        <Input maxLength={100} />
      </Field>
      <Field name="aliases" wide>
        <Select mode="tags" open={false} suffixIcon={null} placeholder={t('partners.placeholders.aliases')} tokenSeparators={['；', ';']} />
      </Field>
      <Field name="industryCode" wide>
        <IndustryPicker placeholder={t('partners.placeholders.industryCode')} />
      </Field>
      <Field name="size">
        <EnumSelect enumName="orgSize" />
      </Field>
      <Field name="nature">
        <EnumSelect enumName="orgNature" />
      </Field>
      <Field name="employeeCount">
        <InputNumber min={0} precision={0} suffix="人" style={{ width: '100%' }} />
      </Field>
      <Field
        name="regionCode"
        extra={suggestion ? <UsccRegionHint suggestion={suggestion} onApply={(code, fullName) => form.setFieldsValue({ regionCode: code, regionName: fullName })} /> : null}
      >
        <RegionPicker placeholder={t('partners.placeholders.regionCode')} onPicked={(fullName) => form.setFieldValue('regionName', fullName ?? '')} />
      </Field>
      <Field name="regionName">
        <Input maxLength={100} />
      </Field>
      <Field name="address" wide>
        <Input maxLength={300} />
      </Field>
      <Field name="website">
        <Input maxLength={300} />
      </Field>
      <Field name="cjrhLevel">
        <EnumSelect enumName="cjrhLevel" />
      </Field>
      <Field name="source">
        <EnumSelect enumName="partnerSource" />
      </Field>
      <Field name="ownerOrgUnitId">
        <Select allowClear options={orgUnitOptions} loading={orgUnits.loading} showSearch={{ optionFilterProp: 'label' }} />
      </Field>
      <Field name="tags" wide>
        <Select mode="tags" open={false} suffixIcon={null} placeholder={t('partners.placeholders.tags')} tokenSeparators={['；', ';', '，', ',']} />
      </Field>
      <Field name="notes" wide>
        <Input.TextArea rows={3} maxLength={5000} />
      </Field>
    </Row>
  );
}
