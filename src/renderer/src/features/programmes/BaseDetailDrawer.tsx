import { useCallback, useRef } from 'react';
import { Descriptions, Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InternshipBase } from '@shared/domain/programmes';
import { formatFen } from '@shared/format/money';
import { useCloseGuard } from '../../components/useUnsavedGuard';
import { useEnumLabel } from '../../components/useEnumLabel';
import { BaseYearStats } from './BaseYearStats';

/** One internship base: its facts (edited from the list) and its figures per 学年 (edited here). */
export function BaseDetailDrawer({ base, onClose }: { base: InternshipBase; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const enumLabel = useEnumLabel();
  const none = t('common.none');
  const yesNo = (v: boolean) => (v ? t('programmes.base.yes') : t('programmes.base.no'));
  // Closing with figures typed but not saved asks first, like every form dialog.
  const statsDirty = useRef<(() => boolean) | null>(null);
  const close = useCloseGuard(
    useCallback(() => statsDirty.current?.() ?? false, []),
    onClose,
  );
  return (
    <Drawer
      open
      size="large"
      title={base.name}
      onClose={close}
    >
      <div data-testid="base-detail">
        <Descriptions
          column={2}
          size="small"
          items={[
            { key: 'kind', label: t('programmes.fields.kind'), children: enumLabel('internshipBaseKind', base.kind) },
            { key: 'partner', label: t('programmes.fields.organisationId'), children: base.display.partnerNames.join('、') || none },
            { key: 'majors', label: t('programmes.fields.majorIds'), children: base.display.majorNames.join('、') || none },
            { key: 'status', label: t('programmes.fields.status'), children: t(`programmes.statuses.${base.status}`) },
            { key: 'address', label: t('programmes.fields.address'), children: base.address ?? none },
            { key: 'established', label: t('programmes.fields.establishedDate'), children: base.establishedDate ?? none },
            { key: 'plaque', label: t('programmes.fields.plaqueName'), children: base.plaqueName ?? none },
            { key: 'approval', label: t('programmes.fields.approvalDate'), children: base.approvalDate ?? none },
            { key: 'department', label: t('programmes.fields.supportingDepartment'), children: base.supportingDepartment ?? none },
            { key: 'capacity', label: t('programmes.fields.capacity'), children: base.capacity ?? none },
            { key: 'housing', label: t('programmes.fields.hasHousing'), children: yesNo(base.hasHousing) },
            { key: 'allowance', label: t('programmes.fields.paysAllowance'), children: yesNo(base.paysAllowance) },
            {
              key: 'fund',
              label: t('programmes.fields.fundPerStudentFen'),
              children: base.fundPerStudentFen === null ? none : formatFen(base.fundPerStudentFen, 'yuan', i18n.language === 'en-US' ? 'en-US' : 'zh-CN'),
            },
          ]}
        />
        <BaseYearStats baseId={base.id} kind={base.kind} dirtyRef={statsDirty} />
      </div>
    </Drawer>
  );
}
