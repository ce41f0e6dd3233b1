import { Button, Card, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PARTY_ROLES } from '@shared/domain/enums';
import { DateField } from '../../components/DateField';
import { EnumSelect } from '../../components/EnumSelect';
import { useEnumLabel } from '../../components/useEnumLabel';

/** The obligations register of the agreement: who owes what, how many, by when. */
export function ObligationsEditor({ partyCount }: { partyCount: number }) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const o = (key: string, values?: Record<string, unknown>) => t(`agreementsUi.obligation.${key}`, values);
  const roleOptions = PARTY_ROLES.slice(0, Math.max(partyCount, 2)).map((r) => ({ value: r, label: enumLabel('partyRole', r) }));

  return (
    <Form.List name="obligations">
      {(fields, { add, remove }) => (
        <div data-testid="obligations-editor">
          {fields.map((field, index) => {
            const id = (name: string) => `obligation-${index}-${name}`;
            return (
              <Card key={field.key} size="small" style={{ marginBottom: 12 }} data-testid={`obligation-row-${index}`}>
                <Row gutter={12} align="bottom">
                  <Col xs={24} md={4}>
                    <Form.Item name={[field.name, 'partyRole']} label={o('partyRole')} htmlFor={id('role')}>
                      <Select id={id('role')} data-testid={id('role')} options={roleOptions} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={10}>
                    <Form.Item name={[field.name, 'text']} label={o('text')} htmlFor={id('text')} required>
                      <Input id={id('text')} data-testid={id('text')} maxLength={1000} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={3}>
                    <Form.Item name={[field.name, 'quantity']} label={o('quantity')} htmlFor={id('quantity')}>
                      <InputNumber id={id('quantity')} min={0} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={3}>
                    <Form.Item name={[field.name, 'unit']} label={o('unit')} htmlFor={id('unit')}>
                      <Input id={id('unit')} maxLength={30} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={4}>
                    <Form.Item name={[field.name, 'recurrence']} label={o('recurrence')} htmlFor={id('recurrence')}>
                      <EnumSelect id={id('recurrence')} enumName="obligationRecurrence" allowClear={false} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={6}>
                    <Form.Item name={[field.name, 'dueDate']} label={o('dueDate')} htmlFor={id('due')}>
                      <DateField id={id('due')} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={6}>
                    <Form.Item name={[field.name, 'doneAt']} label={o('doneAt')} htmlFor={id('done')}>
                      <DateField id={id('done')} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item>
                      <Button icon={<DeleteOutlined />} aria-label={o('remove', { n: index + 1 })} data-testid={`remove-obligation-${index}`} onClick={() => remove(field.name)}>
                        {t('common.delete')}
                      </Button>
                    </Form.Item>
                  </Col>
                </Row>
              </Card>
            );
          })}
          <Button icon={<PlusOutlined />} data-testid="add-obligation" onClick={() => add({ partyRole: '乙', recurrence: 'none' })} style={{ marginBottom: 16 }}>
            {o('add')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
