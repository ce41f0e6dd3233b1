import { Button, Card, Checkbox, Col, Form, Input, Row } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PARTY_ROLES } from '@shared/domain/enums';
import { DateField } from '../../components/DateField';
import { EnumSelect } from '../../components/EnumSelect';
import { useEnumLabel } from '../../components/useEnumLabel';
import { PartnerSelect } from './PartnerSelect';

/** 2 to 4 parties; the role follows the row's position (甲, 乙, 丙, 丁), so only the last row can go. */
export function PartiesEditor() {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const p = (key: string) => t(`agreementsUi.party.${key}`);

  return (
    <Form.List name="parties">
      {(fields, { add, remove }) => (
        <div data-testid="parties-editor">
          {fields.map((field, index) => {
            const role = PARTY_ROLES[index] ?? '丁';
            const id = (name: string) => `party-${index}-${name}`;
            return (
              <Card key={field.key} size="small" style={{ marginBottom: 12 }} data-testid={`party-row-${index}`} title={<h3 style={{ margin: 0, fontSize: 14 }}>{enumLabel('partyRole', role)}</h3>}
                extra={
                  index >= 2 && index === fields.length - 1 ? (
                    <Button size="small" icon={<DeleteOutlined />} data-testid={`remove-party-${index}`} aria-label={t('agreementsUi.party.remove', { role: enumLabel('partyRole', role) })} onClick={() => remove(field.name)}>
                      {t('common.delete')}
                    </Button>
                  ) : null
                }
              >
                <Row gutter={12}>
                  <Col xs={24} md={6}>
                    <Form.Item name={[field.name, 'partyType']} label={p('partyType')} htmlFor={id('type')} rules={[{ required: true, message: t('fieldErrors.required') }]}>
                      <EnumSelect id={id('type')} data-testid={id('type')} enumName="partyType" allowClear={false} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={9}>
                    <Form.Item name={[field.name, 'organisationId']} label={p('partner')} htmlFor={id('partner')}>
                      <PartnerSelect id={id('partner')} testId={id('partner')} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={9}>
                    <Form.Item name={[field.name, 'displayName']} label={p('displayName')} htmlFor={id('name')}>
                      <Input id={id('name')} data-testid={id('name')} maxLength={200} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={[field.name, 'signatory']} label={p('signatory')} htmlFor={id('signatory')}>
                      <Input id={id('signatory')} data-testid={id('signatory')} maxLength={100} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={[field.name, 'signedDate']} label={p('signedDate')} htmlFor={id('signed-date')}>
                      <DateField id={id('signed-date')} data-testid={id('signed-date')} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={[field.name, 'sealed']} valuePropName="checked" label={p('sealed')} htmlFor={id('sealed')}>
                      <Checkbox id={id('sealed')} data-testid={id('sealed')} />
                    </Form.Item>
                  </Col>
                </Row>
              </Card>
            );
          })}
          {fields.length < PARTY_ROLES.length ? (
            <Button icon={<PlusOutlined />} data-testid="add-party" onClick={() => add({ partyType: 'enterprise', sealed: false })} style={{ marginBottom: 16 }}>
              {p('add')}
            </Button>
          ) : null}
        </div>
      )}
    </Form.List>
  );
}
