import { useState } from 'react';
import { App, Button, Flex, Popconfirm, Select, Typography } from 'antd';
import { DeleteOutlined, FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { BulkEntity, BulkResult } from '@shared/domain/bulk';
import type { ProducedFile } from '@shared/domain/jobs';
import type { EnumName } from '@shared/i18n';
import { call } from '../api/client';
import { useChannel } from '../api/useChannel';
import { useJob } from '../api/useJob';
import { openUndoNotice } from './undoNotice';
import { ErrorAlert } from './ErrorAlert';
import { JobProgressBar } from './JobProgressBar';
import { ProducedFileNotice } from './ProducedFileNotice';
import { useEnumLabel } from './useEnumLabel';

export interface BulkActionBarProps {
  entity: BulkEntity;
  /** Selected ids (from useRowSelection). */
  ids: readonly string[];
  /** The list page's own query, for "export the filtered list". */
  query: Record<string, unknown>;
  /**
   * Status codes a bulk change may set, with the enum that labels them (or, for a status
   * that is no enum, its own labels); omit for none.
   */
  statuses?: { codes: readonly string[]; enumName: EnumName } | { codes: readonly string[]; labelOf: (code: string) => string };
  /** Whether the records have an owner unit (负责单位 / 归口单位). */
  owner?: boolean;
  /** After a change: reload the list and drop ids that left it. */
  onChanged: (removedIds: readonly string[]) => void;
  onClearSelection: () => void;
}

/**
 * The one bulk-action bar of every list page: trash (with undo), status, owner unit,
 * export of the selection or of the filtered list to Excel (a job with progress), print.
 * Everything is done by main (bulk:* channels); this only asks and reports.
 */
export function BulkActionBar(props: BulkActionBarProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const enumLabel = useEnumLabel();
  const job = useJob();
  const [error, setError] = useState<unknown>(null);
  const [file, setFile] = useState<ProducedFile | null>(null);
  const [busy, setBusy] = useState(false);
  // The status and owner pickers are actions, not fields: remounted empty after each use.
  const [pickerKey, setPickerKey] = useState(0);
  const orgUnits = useChannel('orgUnits:list', { includeDeleted: false }, { enabled: props.owner === true });
  const { entity, ids, statuses } = props;
  const count = ids.length;
  const statusLabel = (code: string): string => (statuses === undefined ? code : 'labelOf' in statuses ? statuses.labelOf(code) : enumLabel(statuses.enumName, code));

  const report = (result: BulkResult, doneKey: string) => {
    if (result.done.length > 0) void message.success(t(doneKey, { count: result.done.length }));
    if (result.failed.length > 0) void message.warning(t('bulk.failed', { count: result.failed.length }));
  };

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      setPickerKey((k) => k + 1);
    }
  };

  const trash = () =>
    act(async () => {
      const result = await call('bulk:trash', { entity, ids: [...ids] });
      props.onChanged(result.done);
      if (result.failed.length > 0) void message.warning(t('bulk.failed', { count: result.failed.length }));
      if (result.done.length === 0) return;
      const key = `bulk-trash-${Date.now()}`;
      openUndoNotice(message, {
        key,
        text: t('bulk.trashed', { count: result.done.length }),
        undoLabel: t('bulk.undo'),
        testId: 'bulk-undo',
        onUndo: () => {
          message.destroy(key);
          void act(async () => {
            const back = await call('bulk:restore', { entity, ids: result.done });
            props.onChanged([]);
            report(back, 'bulk.restored');
          });
        },
      });
    });

  const exportXlsx = (selectedOnly: boolean) => {
    setFile(null);
    setError(null);
    void job
      .run((jobId) => call('bulk:export', selectedOnly ? { entity, jobId, ids: [...ids] } : { entity, jobId, query: props.query }))
      .then((produced) => setFile(produced ?? null));
  };

  return (
    <div data-testid="bulk-bar" className="bulk-action-bar no-print">
      <Flex gap={8} wrap align="center" style={{ marginBottom: 8 }}>
        {count > 0 ? (
          <>
            <Typography.Text strong data-testid="bulk-count">
              {t('bulk.selected', { count })}
            </Typography.Text>
            <Popconfirm title={t('bulk.trashConfirm', { count })} onConfirm={() => void trash()} okButtonProps={{ danger: true, 'data-testid': 'bulk-trash-confirm' } as never}>
              <Button danger icon={<DeleteOutlined />} disabled={busy} data-testid="bulk-trash">
                {t('bulk.trash')}
              </Button>
            </Popconfirm>
            {props.statuses ? (
              <Select<string>
                key={`status-${pickerKey}`}
                placeholder={t('bulk.setStatus')}
                aria-label={t('bulk.setStatus')}
                data-testid="bulk-status"
                style={{ minWidth: 140 }}
                disabled={busy}
                options={props.statuses.codes.map((code) => ({ value: code, label: statusLabel(code) }))}
                onChange={(status: string) =>
                  void act(async () => {
                    const result = await call('bulk:setStatus', { entity, ids: [...ids], status });
                    props.onChanged([]);
                    report(result, 'bulk.statusChanged');
                  })
                }
              />
            ) : null}
            {props.owner ? (
              <Select<string>
                key={`owner-${pickerKey}`}
                placeholder={t('bulk.setOwner')}
                aria-label={t('bulk.setOwner')}
                data-testid="bulk-owner"
                style={{ minWidth: 160 }}
                disabled={busy}
                options={[{ value: '', label: t('bulk.ownerNone') }, ...(orgUnits.data ?? []).map((u) => ({ value: u.id, label: u.name }))]}
                onChange={(orgUnitId: string) =>
                  void act(async () => {
                    const result = await call('bulk:setOwner', { entity, ids: [...ids], orgUnitId: orgUnitId === '' ? null : orgUnitId });
                    props.onChanged([]);
                    report(result, 'bulk.ownerChanged');
                  })
                }
              />
            ) : null}
            <Button icon={<FileExcelOutlined />} disabled={job.state.running} data-testid="bulk-export-selected" onClick={() => exportXlsx(true)}>
              {t('bulk.exportSelected')}
            </Button>
            <Button type="link" data-testid="bulk-clear" onClick={props.onClearSelection}>
              {t('bulk.clearSelection')}
            </Button>
          </>
        ) : (
          <Button icon={<FileExcelOutlined />} disabled={job.state.running} data-testid="bulk-export-filtered" onClick={() => exportXlsx(false)}>
            {t('bulk.exportFiltered')}
          </Button>
        )}
        <Button icon={<PrinterOutlined />} data-testid="bulk-print" onClick={() => window.print()}>
          {t('bulk.print')}
        </Button>
      </Flex>
      <JobProgressBar state={job.state} onCancel={job.cancel} />
      {job.state.error ? <ErrorAlert error={job.state.error} /> : null}
      {error ? <ErrorAlert error={error} /> : null}
      {file ? <ProducedFileNotice file={file} testId="bulk-export-notice" /> : null}
    </div>
  );
}
