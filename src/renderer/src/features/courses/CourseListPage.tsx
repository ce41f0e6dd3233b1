import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Course } from '@shared/domain/course';
import { useChannel } from '../../api/useChannel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../components/formatDate';
import { PageHeading } from '../../components/PageHeading';
import { PagedTable } from '../../components/PagedTable';
import { useEnumLabel } from '../../components/useEnumLabel';

/** Read-only list of joint courses and textbooks (R3); editing comes later. */
export function CourseListPage() {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const { data, error, loading, reload } = useChannel('courses:list', paging);
  const none = t('common.none');

  const columns = [
    { key: 'name', title: t('courses.fields.name'), render: (_: unknown, c: Course) => c.name },
    { key: 'kind', title: t('courses.fields.kind'), render: (_: unknown, c: Course) => enumLabel('courseKind', c.kind) },
    { key: 'code', title: t('courses.fields.code'), render: (_: unknown, c: Course) => c.code ?? none },
    { key: 'enterpriseLead', title: t('courses.fields.enterpriseLead'), render: (_: unknown, c: Course) => c.enterpriseLead ?? none },
    { key: 'isbn', title: t('courses.fields.isbn'), render: (_: unknown, c: Course) => c.isbn ?? none },
    { key: 'startDate', title: t('courses.fields.startDate'), render: (_: unknown, c: Course) => formatDate(c.startDate) },
    { key: 'endDate', title: t('courses.fields.endDate'), render: (_: unknown, c: Course) => formatDate(c.endDate) },
  ];

  return (
    <>
      <PageHeading title={t('courses.title')} />
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      <PagedTable<Course>
        testId="course-list"
        columns={columns}
        items={data?.items}
        total={data?.total}
        loading={loading}
        page={paging.page}
        pageSize={paging.pageSize}
        onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
      />
    </>
  );
}
