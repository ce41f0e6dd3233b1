import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FundingSource, FundingSourceDraft } from '@shared/domain/funding';
import { call } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { EmptyState } from '../../components/EmptyState';
import { COLUMN_WIDTH } from '../../components/tableColumns';
import { useEnumLabel } from '../../components/useEnumLabel';
import { type FieldSpec, ReferenceFormModal } from '../settings/ReferenceFormModal';
import { ReferenceTab } from '../settings/ReferenceTab';

const FIELDS: FieldSpec[] = [
  { name: 'kind', type: 'enum', enumName: 'fundingSourceKind', required: true },
  { name: 'name', type: 'text', required: true },
  { name: 'notes', type: 'text' },
];

/** Funding sources: a short list, loaded whole; a source with live transactions cannot be deleted. */
export function FundingSourcesTab() {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const [showTrashed, setShowTrashed] = useState(false);
  const [editing, setEditing] = useState<{ row: FundingSource | null } | null>(null);
  const live = useChannel('fundingSources:list', { trashed: false });
  const trashed = useChannel('fundingSources:list', { trashed: true }, { enabled: showTrashed });
  const rows = showTrashed ? [...(live.data ?? []), ...(trashed.data ?? [])] : live.data;
  const reload = () => {
    live.reload();
    trashed.reload();
  };
  return (
    <>
      <ReferenceTab<FundingSource>
        testIdPrefix="source"
        historyTable="funding_source"
        rows={rows}
        loading={live.loading}
        loadError={live.error ?? trashed.error}
        reload={reload}
        nameOf={(s) => s.name}
        addLabel={t('admin.funding.sources.add')}
        showTrashed={showTrashed}
        onShowTrashed={setShowTrashed}
        onAdd={() => setEditing({ row: null })}
        onEdit={(row) => setEditing({ row })}
        remove={(id) => call('fundingSources:delete', { id })}
        restore={(id) => call('fundingSources:restore', { id })}
        emptyText={
          <EmptyState
            title={t('emptyState.fundingSources.title')}
            hint={t('emptyState.fundingSources.hint')}
            createLabel={t('admin.funding.sources.add')}
            onCreate={() => setEditing({ row: null })}
          />
        }
        columns={[
          { key: 'name', title: t('admin.funding.sources.fields.name'), width: COLUMN_WIDTH.name + 40, ellipsis: true, render: (s) => s.name },
          { key: 'kind', title: t('admin.funding.sources.fields.kind'), width: COLUMN_WIDTH.text, ellipsis: true, render: (s) => enumLabel('fundingSourceKind', s.kind) },
          { key: 'notes', title: t('admin.funding.sources.fields.notes'), width: COLUMN_WIDTH.text + 120, ellipsis: true, render: (s) => s.notes ?? '—' },
        ]}
      />
      {editing ? (
        <ReferenceFormModal
          title={editing.row ? t('admin.funding.sources.editTitle') : t('admin.funding.sources.newTitle')}
          labelPrefix="admin.funding.sources.fields"
          fields={FIELDS}
          schema={FundingSourceDraft}
          initialValues={editing.row ? { kind: editing.row.kind, name: editing.row.name, notes: editing.row.notes } : { kind: 'fiscal_special' }}
          testIdPrefix="source"
          onClose={() => setEditing(null)}
          onSave={async (draft) => {
            if (editing.row) await call('fundingSources:update', { id: editing.row.id, patch: draft });
            else await call('fundingSources:create', draft);
            setEditing(null);
            reload();
          }}
        />
      ) : null}
    </>
  );
}
