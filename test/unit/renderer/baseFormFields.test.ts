import { describe, expect, it } from 'vitest';
import { internshipBaseSchemas } from '@shared/domain/programmes';
import { type FieldSpec, fromFormValues, isHidden, missingRequired } from '../../../src/renderer/src/features/programmes/programmeFields';

// The base form: a base the college runs alone (kind internal) has no partner, so the partner
// field is hidden, not required and sent empty; every other kind still needs one (schema rule).

const PARTNER: FieldSpec = { name: 'organisationId', label: 'programmes.fields.organisationId', kind: 'partner', required: true, hiddenWhen: { field: 'kind', value: 'internal' } };
const FIELDS: FieldSpec[] = [
  { name: 'name', label: 'programmes.fields.baseName', kind: 'text', required: true },
  { name: 'kind', label: 'programmes.fields.kind', kind: 'enum', enumName: 'internshipBaseKind', required: true },
  PARTNER,
  { name: 'approvalDate', label: 'programmes.fields.approvalDate', kind: 'date' },
  { name: 'supportingDepartment', label: 'programmes.fields.supportingDepartment', kind: 'text' },
];
const ORG = '01900000-0000-7000-8000-000000000001';

describe('base form: partner only where the kind has one', () => {
  it('hides and does not require the partner of an internal base, and sends it empty', () => {
    const values = { name: '智能制造实训中心', kind: 'internal', organisationId: ORG, approvalDate: '2023-06-15', supportingDepartment: '教务处' };
    expect(isHidden(PARTNER, values)).toBe(true);
    expect(missingRequired({ ...values, organisationId: undefined }, FIELDS)).toEqual([]);
    const draft = internshipBaseSchemas.draft.parse(fromFormValues(values, FIELDS));
    expect(draft).toMatchObject({ kind: 'internal', organisationId: null, approvalDate: '2023-06-15', supportingDepartment: '教务处' });
  });

  it('requires the partner of an external or co-built base, in the form and in the schema', () => {
    const values = { name: '华星云计算实训室', kind: 'internal_joint' };
    expect(isHidden(PARTNER, values)).toBe(false);
    expect(missingRequired(values, FIELDS)).toEqual([{ path: ['organisationId'], message: 'required' }]);
    const parsed = internshipBaseSchemas.draft.safeParse(fromFormValues(values, FIELDS));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path, i.message])).toEqual([[['organisationId'], 'required']]);
  });
});
