import { useState } from 'react';
import { App, Button, Checkbox, Form, Input } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { type COURSE_KINDS } from '@shared/domain/enums';
import type { Course } from '@shared/domain/course';
import { call } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { EnumSelect } from '../../components/EnumSelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../components/formatDate';
import { HistoryDrawer, type HistoryTarget } from '../../components/HistoryDrawer';
import { PageHeading } from '../../components/PageHeading';
import { PagedTable } from '../../components/PagedTable';
import { COLUMN_WIDTH } from '../../components/tableColumns';
import { EmptyState } from '../../components/EmptyState';
import { hasActiveFilters } from '../../components/emptyStateModel';
import { BulkActionBar } from '../../components/BulkActionBar';
import { useRowSelection } from '../../components/useRowSelection';
import { RowActions, rowActionTestIds } from '../../components/RowActions';
import { useEnumLabel } from '../../components/useEnumLabel';
import { useListAction } from '../../components/useListAction';
import { CourseFormModal } from './CourseFormModal';
import { PartnerPicker } from './Pickers';

type Kind = (typeof COURSE_KINDS)[number];
interface Filters {
  kind?: Kind;
  organisationId?: string;
  q?: string;
}

/** Joint courses and textbooks (R3): server-paged list with filters, form, delete/restore, history. */
export function CourseListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const enumLabel = useEnumLabel();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [filters, setFilters] = useState<Filters>({});
  const [qText, setQText] = useState('');
  const [trashed, setTrashed] = useState(false);
  const [editing, setEditing] = useState<{ course: Course | null } | null>(null);
  const [historyOf, setHistoryOf] = useState<HistoryTarget | null>(null);
  const { data, error, loading, reload } = useChannel('courses:list', { ...paging, ...filters, trashed });
  const { actionError, run: act } = useListAction(reload);
  const selection = useRowSelection(data?.items, (c) => c.name);
  const none = t('common.none');

  const setFilter = (patch: Filters) => {
    setPaging((p) => ({ ...p, page: 1 }));
    setFilters((f) => ({ ...f, ...patch }));
  };

  const columns = [
    { key: 'name', title: t('courses.fields.name'), width: COLUMN_WIDTH.name - 40, ellipsis: true, render: (_: unknown, c: Course) => c.name },
    { key: 'kind', title: t('courses.fields.kind'), width: COLUMN_WIDTH.count + 20, render: (_: unknown, c: Course) => enumLabel('courseKind', c.kind) },
    { key: 'code', title: t('courses.fields.code'), width: COLUMN_WIDTH.count + 20, ellipsis: true, render: (_: unknown, c: Course) => c.code ?? none },
    { key: 'enterpriseLead', title: t('courses.fields.enterpriseLead'), width: COLUMN_WIDTH.count + 30, ellipsis: true, render: (_: unknown, c: Course) => c.enterpriseLead ?? none },
    { key: 'isbn', title: t('courses.fields.isbn'), width: COLUMN_WIDTH.short + 10, ellipsis: true, render: (_: unknown, c: Course) => c.isbn ?? none },
    { key: 'startDate', title: t('courses.fields.startDate'), width: COLUMN_WIDTH.date, render: (_: unknown, c: Course) => formatDate(c.startDate) },
    { key: 'endDate', title: t('courses.fields.endDate'), width: COLUMN_WIDTH.date, render: (_: unknown, c: Course) => formatDate(c.endDate) },
    {
      key: 'actions',
      title: t('common.actions'),
      width: COLUMN_WIDTH.actions,
      render: (_: unknown, c: Course) => (
        <RowActions
          name={c.name}
          testIds={rowActionTestIds('course', c.id)}
          onHistory={() => setHistoryOf({ tableName: 'joint_course', rowId: c.id, title: c.name })}
          onEdit={() => setEditing({ course: c })}
          onDelete={() => act(() => call('courses:delete', { id: c.id }), t('admin.common.deleted', { name: c.name }))}
          {...(c.deletedAt !== null ? { onRestore: () => void act(() => call('courses:restore', { id: c.id }), t('admin.common.restored', { name: c.name })) } : {})}
        />
      ),
    },
  ];

  return (
    <>
      <PageHeading
        title={t('courses.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ course: null })} data-testid="add-course">
            {t('admin.courses.add')}
          </Button>
        }
      />
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }} aria-label={t('admin.courses.filters.label')} onFinish={() => setFilter({ q: qText.trim() || undefined })}>
        <Form.Item label={t('admin.courses.filters.kind')} htmlFor="course-filter-kind">
          <EnumSelect enumName="courseKind" id="course-filter-kind" style={{ minWidth: 140 }} value={filters.kind} onChange={(v) => setFilter({ kind: v ?? undefined })} data-testid="course-filter-kind" />
        </Form.Item>
        <Form.Item label={t('admin.courses.filters.partner')} htmlFor="course-filter-partner">
          <PartnerPicker id="course-filter-partner" value={filters.organisationId ?? null} onChange={(v) => setFilter({ organisationId: v ?? undefined })} testId="course-filter-partner" />
        </Form.Item>
        <Form.Item label={t('admin.courses.filters.q')} htmlFor="course-filter-q">
          <Input.Search id="course-filter-q" allowClear placeholder={t('admin.courses.filters.qPlaceholder')} value={qText} onChange={(e) => setQText(e.target.value)} onSearch={(v) => setFilter({ q: v.trim() || undefined })} data-testid="course-filter-q" />
        </Form.Item>
        <Form.Item>
          <Checkbox checked={trashed} onChange={(e) => { setPaging((p) => ({ ...p, page: 1 })); setTrashed(e.target.checked); }} data-testid="course-show-trashed">
            {t('admin.common.showTrashed')}
          </Checkbox>
        </Form.Item>
      </Form>
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      {actionError ? <ErrorAlert error={actionError} /> : null}
      {/* Bulk actions on live courses only; the trash view has its own restore per row. */}
      {trashed ? null : (
        <BulkActionBar
          entity="course"
          ids={selection.ids}
          query={{ ...filters }}
          onChanged={(removed) => {
            selection.remove(removed);
            reload();
          }}
          onClearSelection={selection.clear}
        />
      )}
      <PagedTable<Course>
        testId="course-list"
        {...(trashed ? {} : { rowSelection: selection.rowSelection })}
        columns={columns}
        items={data?.items}
        total={data?.total}
        loading={loading}
        page={paging.page}
        pageSize={paging.pageSize}
        onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
        rowTestId={(c) => `course-row-${c.id}`}
        emptyText={
          <EmptyState
            title={t('emptyState.courses.title')}
            hint={t('emptyState.courses.hint')}
            filtered={hasActiveFilters(filters)}
            onClearFilters={() => {
              setQText('');
              setPaging((p) => ({ ...p, page: 1 }));
              setFilters({});
            }}
            createLabel={t('admin.courses.add')}
            onCreate={() => setEditing({ course: null })}
            importEntity="courses"
          />
        }
      />
      {editing ? (
        <CourseFormModal
          key={editing.course?.id ?? 'new'}
          course={editing.course}
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
