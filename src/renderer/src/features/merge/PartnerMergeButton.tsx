import { useState } from 'react';
import { App, Button } from 'antd';
import { MergeCellsOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Partner } from '@shared/domain/partner';
import { useChannel } from '../../api/useChannel';
import { MergeHistoryModal } from './MergeHistoryModal';
import { MergeModal } from './MergeModal';

/** Merge another partner into this one, and the merges into it (with Undo): shown on the partner page. */
export function PartnerMergeButton({ partner, onMerged }: { partner: Partner; onMerged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState<'merge' | 'history' | null>(null);
  const merges = useChannel('partners:merges', { partnerId: partner.id });
  const count = merges.data?.length ?? 0;

  const changed = () => {
    merges.reload();
    onMerged();
  };

  return (
    <>
      <Button icon={<MergeCellsOutlined aria-hidden />} onClick={() => setOpen('merge')} data-testid="merge-partner">
        {t('search.merge.button')}
      </Button>
      {count > 0 ? (
        <Button onClick={() => setOpen('history')} data-testid="merge-history">
          {t('search.merge.historyTitle')} ({count})
        </Button>
      ) : null}
      {open === 'merge' ? (
        <MergeModal
          survivor={partner}
          onClose={() => setOpen(null)}
          onMerged={(name) => {
            setOpen(null);
            void message.success(t('search.merge.merged', { name }));
            changed();
          }}
        />
      ) : null}
      {open === 'history' ? (
        <MergeHistoryModal merges={merges.data ?? []} onClose={() => setOpen(null)} onUndone={changed} />
      ) : null}
    </>
  );
}
