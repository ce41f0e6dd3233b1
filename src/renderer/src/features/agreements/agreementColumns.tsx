import type { TFunction } from 'i18next';
import type { EFFECTIVE_AGREEMENT_STATUSES } from '@shared/domain/enums';
import type { AgreementListItem } from '@shared/domain/agreement';
import type { EnumName } from '@shared/i18n';
import { formatDate } from '../../components/formatDate';
import { StatusTag, type StatusTone } from '../../components/StatusTag';

type EffectiveStatus = (typeof EFFECTIVE_AGREEMENT_STATUSES)[number];

// Expiring and expired stand out; the label always says what the colour means.
const STATUS_TONES: Record<EffectiveStatus, StatusTone> = {
  draft: 'default',
  signing: 'processing',
  active: 'success',
  renewing: 'processing',
  renewed: 'default',
  terminated: 'default',
  expiring: 'warning',
  expired: 'error',
};

export function AgreementStatusTag({ status, label }: { status: EffectiveStatus; label: string }) {
  return <StatusTag tone={STATUS_TONES[status]}>{label}</StatusTag>;
}

/** Columns shared by the agreement list and a partner's Agreements tab. */
export function agreementColumns(
  t: TFunction,
  enumLabel: (name: EnumName, code: string | null | undefined) => string,
  options: { withParties: boolean },
) {
  const columns = [
    { key: 'agreementNo', title: t('agreements.fields.agreementNo'), render: (_: unknown, a: AgreementListItem) => a.agreementNo ?? t('common.none') },
    { key: 'title', title: t('agreements.fields.title'), sorter: true, render: (_: unknown, a: AgreementListItem) => a.title },
    { key: 'type', title: t('agreements.fields.type'), render: (_: unknown, a: AgreementListItem) => enumLabel('agreementType', a.type) },
    {
      key: 'status',
      title: t('agreements.fields.status'),
      render: (_: unknown, a: AgreementListItem) => (
        <AgreementStatusTag status={a.effectiveStatus} label={enumLabel('effectiveAgreementStatus', a.effectiveStatus)} />
      ),
    },
    {
      key: 'parties',
      title: t('agreements.fields.parties'),
      render: (_: unknown, a: AgreementListItem) => a.parties.map((p) => `${enumLabel('partyRole', p.role)}：${p.name}`).join('；'),
    },
    { key: 'endDate', title: t('agreements.fields.endDate'), sorter: true, render: (_: unknown, a: AgreementListItem) => formatDate(a.endDate) },
  ];
  return options.withParties ? columns : columns.filter((c) => c.key !== 'parties');
}
