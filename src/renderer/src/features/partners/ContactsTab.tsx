import { useState } from 'react';
import { App, Button, Flex, Input } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Contact } from '@shared/domain/contact';
import { call } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { BulkActionBar } from '../../components/BulkActionBar';
import { ErrorAlert } from '../../components/ErrorAlert';
import { HistoryDrawer, type HistoryTarget } from '../../components/HistoryDrawer';
import { PagedTable } from '../../components/PagedTable';
import { COLUMN_WIDTH } from '../../components/tableColumns';
import { EmptyState } from '../../components/EmptyState';
import { PhoneText } from '../../components/PhoneText';
import { RowActions, rowActionTestIds } from '../../components/RowActions';
import { StatusTag } from '../../components/StatusTag';
import { useListAction } from '../../components/useListAction';
import { useRowSelection } from '../../components/useRowSelection';
import { useDebouncedValue } from '../search/useDebouncedValue';
import { ContactFormModal } from './ContactFormModal';

// Lists mask phone numbers unless settings.maskPhones is off (PIPL minimum exposure,
// reliability.md §14): PhoneText reveals one on a click and copies it; the edit form shows
// them in full to the person editing.

type Editing = { contact: Contact | null } | null;

export function ContactsTab({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [text, setText] = useState('');
  // Name, pinyin or initials ("zm" → 张明), phone or e-mail: contacts:list matches them all.
  const q = useDebouncedValue(text.trim(), 200);
  const [editing, setEditing] = useState<Editing>(null);
  const [historyOf, setHistoryOf] = useState<HistoryTarget | null>(null);
  const { data, error, loading, reload } = useChannel('contacts:list', { organisationId, ...paging, ...(q ? { q } : {}) });
  const { actionError, run } = useListAction(reload);
  const selection = useRowSelection(data?.items, (c) => c.name);

  const columns = [
    {
      key: 'name',
      title: t('contacts.fields.name'),
      // Name and its tags (主要联系人, 兼职教师) may take two lines; nothing is cut.
      width: COLUMN_WIDTH.short + 30,
      render: (_: unknown, c: Contact) => (
        <>
          {c.name} {c.isPrimary ? <StatusTag tone="processing">{t('contacts.primary')}</StatusTag> : null}
          {c.isPartTimeTeacher ? <StatusTag tone="default">{t('contacts.partTimeTeacher')}</StatusTag> : null}
        </>
      ),
    },
    { key: 'title', title: t('contacts.fields.title'), width: COLUMN_WIDTH.kind, ellipsis: true, render: (_: unknown, c: Contact) => c.title ?? '—' },
    { key: 'department', title: t('contacts.fields.department'), width: COLUMN_WIDTH.count + 30, ellipsis: true, render: (_: unknown, c: Contact) => c.department ?? '—' },
    { key: 'mobile', title: t('contacts.fields.mobile'), width: COLUMN_WIDTH.short + 20, render: (_: unknown, c: Contact) => <PhoneText value={c.mobile} /> },
    { key: 'phone', title: t('contacts.fields.phone'), width: COLUMN_WIDTH.short + 30, render: (_: unknown, c: Contact) => <PhoneText value={c.phone} /> },
    { key: 'email', title: t('contacts.fields.email'), width: COLUMN_WIDTH.text - 20, ellipsis: true, render: (_: unknown, c: Contact) => c.email ?? '—' },
    {
      key: 'actions',
      title: t('common.actions'),
      width: COLUMN_WIDTH.actions,
      render: (_: unknown, c: Contact) => (
        <RowActions
          name={c.name}
          testIds={rowActionTestIds('contact', c.id)}
          onHistory={() => setHistoryOf({ tableName: 'contact', rowId: c.id, title: c.name })}
          onEdit={() => setEditing({ contact: c })}
          onDelete={() => run(() => call('contacts:delete', { id: c.id }), t('contacts.deleted', { name: c.name }))}
        />
      ),
    },
  ];

  return (
    <>
      <Flex justify="space-between" gap={12} style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
          placeholder={t('contacts.searchPlaceholder')}
          aria-label={t('contacts.searchPlaceholder')}
          style={{ maxWidth: 320 }}
          data-testid="contact-search"
        />
        <Button icon={<PlusOutlined />} onClick={() => setEditing({ contact: null })} data-testid="add-contact">
          {t('contacts.add')}
        </Button>
      </Flex>
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      {actionError ? <ErrorAlert error={actionError} /> : null}
      <BulkActionBar
        entity="contact"
        ids={selection.ids}
        query={{ organisationId, ...(q ? { q } : {}) }}
        onChanged={(removed) => {
          selection.remove(removed);
          reload();
        }}
        onClearSelection={selection.clear}
      />
      <PagedTable<Contact>
        testId="contact-list"
        rowSelection={selection.rowSelection}
        columns={columns}
        items={data?.items}
        total={data?.total}
        loading={loading}
        page={paging.page}
        pageSize={paging.pageSize}
        onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
        rowTestId={(c) => `contact-row-${c.id}`}
        emptyText={
          <EmptyState
            title={t('emptyState.contacts.title')}
            hint={t('emptyState.contacts.hint')}
            filtered={q !== ''}
            onClearFilters={() => setText('')}
            createLabel={t('contacts.add')}
            onCreate={() => setEditing({ contact: null })}
            testId="contacts-empty"
          />
        }
      />
      {editing ? (
        // Mounted per edit so each opening starts from that contact's values.
        <ContactFormModal
          key={editing.contact?.id ?? 'new'}
          organisationId={organisationId}
          contact={editing.contact}
          open
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void message.success(t('common.saved'));
            reload();
          }}
        />
      ) : null}
      <HistoryDrawer target={historyOf} onClose={() => setHistoryOf(null)} />
    </>
  );
}
