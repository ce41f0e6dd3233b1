import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MajorDraft, OrgUnitDraft, StaffDraft, type Major, type OrgUnit, type Staff } from '@shared/domain/reference';
import { call } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { PhoneText } from '../../components/PhoneText';
import { COLUMN_WIDTH } from '../../components/tableColumns';
import { useEnumLabel } from '../../components/useEnumLabel';
import { type FieldSpec, type FormValues, ReferenceFormModal } from './ReferenceFormModal';
import { ReferenceTab } from './ReferenceTab';

type Editing<T> = { row: T | null } | null;

const none = (v: string | null) => v ?? '—';

/** Form values of a record: its fields without id and timestamps. */
function valuesOf(row: object | null): FormValues {
  if (!row) return {};
  const values: FormValues = {};
  for (const [k, v] of Object.entries(row)) {
    if (k !== 'id' && k !== 'createdAt' && k !== 'updatedAt' && k !== 'deletedAt') values[k] = typeof v === 'string' ? v : null;
  }
  return values;
}

function useUnitNames(): (id: string | null) => string {
  const { data } = useChannel('orgUnits:list', { includeDeleted: true });
  return (id) => (id ? (data?.find((u) => u.id === id)?.name ?? '—') : '—');
}

const UNIT_FIELDS: FieldSpec[] = [
  { name: 'name', type: 'text', required: true },
  { name: 'code', type: 'text' },
  { name: 'kind', type: 'enum', enumName: 'orgUnitKind', required: true },
  { name: 'parentId', type: 'orgUnit', topLevelOnly: true },
  { name: 'head', type: 'text' },
  { name: 'phone', type: 'text' },
];

export function OrgUnitsTab() {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const unitName = useUnitNames();
  const [showTrashed, setShowTrashed] = useState(false);
  const [editing, setEditing] = useState<Editing<OrgUnit>>(null);
  const { data, error, loading, reload } = useChannel('orgUnits:list', { includeDeleted: showTrashed });
  return (
    <>
      <ReferenceTab<OrgUnit>
        testIdPrefix="unit"
        historyTable="org_unit"
        rows={data}
        loading={loading}
        loadError={error}
        reload={reload}
        nameOf={(u) => u.name}
        addLabel={t('admin.units.add')}
        showTrashed={showTrashed}
        onShowTrashed={setShowTrashed}
        onAdd={() => setEditing({ row: null })}
        onEdit={(row) => setEditing({ row })}
        remove={(id) => call('orgUnits:delete', { id })}
        restore={(id) => call('orgUnits:restore', { id })}
        columns={[
          { key: 'name', title: t('admin.units.fields.name'), width: COLUMN_WIDTH.name, ellipsis: true, render: (u) => u.name },
          { key: 'code', title: t('admin.units.fields.code'), width: COLUMN_WIDTH.count + 30, ellipsis: true, render: (u) => none(u.code) },
          { key: 'kind', title: t('admin.units.fields.kind'), width: COLUMN_WIDTH.short, ellipsis: true, render: (u) => enumLabel('orgUnitKind', u.kind) },
          { key: 'parentId', title: t('admin.units.fields.parentId'), width: COLUMN_WIDTH.text, ellipsis: true, render: (u) => unitName(u.parentId) },
          { key: 'head', title: t('admin.units.fields.head'), width: COLUMN_WIDTH.short, ellipsis: true, render: (u) => none(u.head) },
        ]}
      />
      {editing ? (
        <ReferenceFormModal
          title={editing.row ? t('admin.units.editTitle') : t('admin.units.newTitle')}
          labelPrefix="admin.units.fields"
          fields={UNIT_FIELDS}
          schema={OrgUnitDraft}
          initialValues={editing.row ? valuesOf(editing.row) : { kind: 'college' }}
          testIdPrefix="unit"
          onClose={() => setEditing(null)}
          onSave={async (draft) => {
            if (editing.row) await call('orgUnits:update', { id: editing.row.id, patch: draft });
            else await call('orgUnits:create', draft);
            setEditing(null);
            reload();
          }}
        />
      ) : null}
    </>
  );
}

const majorFields = (editingId?: string): FieldSpec[] => [
  { name: 'parentMajorId', type: 'parentMajor', ...(editingId ? { excludeId: editingId } : {}) },
  { name: 'code', type: 'text', required: true },
  { name: 'name', type: 'text', required: true },
  { name: 'level', type: 'enum', enumName: 'majorLevel', required: true },
  { name: 'orgUnitId', type: 'orgUnit' },
];

/** 专业 in their order, each followed by its 专业方向 (by name); directions of a missing 专业 last. */
export function majorsWithDirections(rows: readonly Major[]): Major[] {
  const directions = new Map<string, Major[]>();
  for (const m of rows) if (m.parentMajorId !== null) directions.set(m.parentMajorId, [...(directions.get(m.parentMajorId) ?? []), m]);
  const placed = new Set<string>();
  const out: Major[] = [];
  for (const m of rows) {
    if (m.parentMajorId !== null) continue;
    out.push(m);
    placed.add(m.id);
    for (const d of [...(directions.get(m.id) ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))) {
      out.push(d);
      placed.add(d.id);
    }
  }
  return [...out, ...rows.filter((m) => !placed.has(m.id))];
}

export function MajorsTab() {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const unitName = useUnitNames();
  const [showTrashed, setShowTrashed] = useState(false);
  const [editing, setEditing] = useState<Editing<Major>>(null);
  const { data, error, loading, reload } = useChannel('majors:list', { includeDeleted: showTrashed });
  return (
    <>
      <ReferenceTab<Major>
        testIdPrefix="major"
        historyTable="major"
        rows={data ? majorsWithDirections(data) : undefined}
        loading={loading}
        loadError={error}
        reload={reload}
        nameOf={(m) => `${m.code} ${m.name}`}
        addLabel={t('admin.majors.add')}
        showTrashed={showTrashed}
        onShowTrashed={setShowTrashed}
        onAdd={() => setEditing({ row: null })}
        onEdit={(row) => setEditing({ row })}
        remove={(id) => call('majors:delete', { id })}
        restore={(id) => call('majors:restore', { id })}
        columns={[
          { key: 'code', title: t('admin.majors.fields.code'), width: COLUMN_WIDTH.count + 30, ellipsis: true, render: (m) => m.code },
          {
            key: 'name',
            title: t('admin.majors.fields.name'),
            width: COLUMN_WIDTH.name + 40,
            ellipsis: true,
            // A 专业方向 sits indented under its 专业.
            render: (m) =>
              m.parentMajorId === null ? m.name : (
                <span style={{ paddingLeft: 16 }} data-testid="major-direction">└ {t('admin.majors.directionPrefix')}{m.name}</span>
              ),
          },
          { key: 'level', title: t('admin.majors.fields.level'), width: COLUMN_WIDTH.short + 10, ellipsis: true, render: (m) => enumLabel('majorLevel', m.level) },
          { key: 'orgUnitId', title: t('admin.majors.fields.orgUnitId'), width: COLUMN_WIDTH.text, ellipsis: true, render: (m) => unitName(m.orgUnitId) },
        ]}
      />
      {editing ? (
        <ReferenceFormModal
          title={editing.row ? t('admin.majors.editTitle') : t('admin.majors.newTitle')}
          labelPrefix="admin.majors.fields"
          fields={majorFields(editing.row?.id)}
          schema={MajorDraft}
          initialValues={editing.row ? valuesOf(editing.row) : { level: 'higher_vocational' }}
          testIdPrefix="major"
          onClose={() => setEditing(null)}
          onSave={async (draft) => {
            if (editing.row) await call('majors:update', { id: editing.row.id, patch: draft });
            else await call('majors:create', draft);
            setEditing(null);
            reload();
          }}
        />
      ) : null}
    </>
  );
}

const STAFF_FIELDS: FieldSpec[] = [
  { name: 'name', type: 'text', required: true },
  { name: 'staffNo', type: 'text' },
  { name: 'orgUnitId', type: 'orgUnit' },
  { name: 'title', type: 'text' },
  { name: 'phone', type: 'text' },
  { name: 'email', type: 'text' },
];

export function StaffTab() {
  const { t } = useTranslation();
  const unitName = useUnitNames();
  const [showTrashed, setShowTrashed] = useState(false);
  const [editing, setEditing] = useState<Editing<Staff>>(null);
  const { data, error, loading, reload } = useChannel('staff:list', { includeDeleted: showTrashed });
  return (
    <>
      <ReferenceTab<Staff>
        testIdPrefix="staff"
        historyTable="staff"
        rows={data}
        loading={loading}
        loadError={error}
        reload={reload}
        nameOf={(s) => s.name}
        addLabel={t('admin.staff.add')}
        showTrashed={showTrashed}
        onShowTrashed={setShowTrashed}
        onAdd={() => setEditing({ row: null })}
        onEdit={(row) => setEditing({ row })}
        remove={(id) => call('staff:delete', { id })}
        restore={(id) => call('staff:restore', { id })}
        columns={[
          { key: 'name', title: t('admin.staff.fields.name'), width: COLUMN_WIDTH.short, ellipsis: true, render: (s) => s.name },
          { key: 'staffNo', title: t('admin.staff.fields.staffNo'), width: COLUMN_WIDTH.count + 30, ellipsis: true, render: (s) => none(s.staffNo) },
          { key: 'orgUnitId', title: t('admin.staff.fields.orgUnitId'), width: COLUMN_WIDTH.text - 20, ellipsis: true, render: (s) => unitName(s.orgUnitId) },
          { key: 'title', title: t('admin.staff.fields.title'), width: COLUMN_WIDTH.text - 30, ellipsis: true, render: (s) => none(s.title) },
          // Masked like a contact's (settings.maskPhones); wider for the copy button, no ellipsis to cut it off.
          { key: 'phone', title: t('admin.staff.fields.phone'), width: COLUMN_WIDTH.short + 30, render: (s) => <PhoneText value={s.phone} testId={`staff-phone-${s.id}`} /> },
          { key: 'email', title: t('admin.staff.fields.email'), width: COLUMN_WIDTH.text, ellipsis: true, render: (s) => none(s.email) },
        ]}
      />
      {editing ? (
        <ReferenceFormModal
          title={editing.row ? t('admin.staff.editTitle') : t('admin.staff.newTitle')}
          labelPrefix="admin.staff.fields"
          fields={STAFF_FIELDS}
          schema={StaffDraft}
          initialValues={valuesOf(editing.row)}
          testIdPrefix="staff"
          onClose={() => setEditing(null)}
          onSave={async (draft) => {
            if (editing.row) await call('staff:update', { id: editing.row.id, patch: draft });
            else await call('staff:create', draft);
            setEditing(null);
            reload();
          }}
        />
      ) : null}
    </>
  );
}
