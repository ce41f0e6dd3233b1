import type { TFunction } from 'i18next';
import { Link } from 'react-router-dom';
import type { EFFECTIVE_AGREEMENT_STATUSES } from '@shared/domain/enums';
import type { AgreementListItem } from '@shared/domain/agreement';
import { daysBetween, todayIso } from '@shared/format/dates';
import type { EnumName } from '@shared/i18n';
import { formatDate } from '../../components/formatDate';
import { COLUMN_WIDTH } from '../../components/tableColumns';
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

// Days left only mean something while the agreement is in force.
const IN_FORCE: readonly EffectiveStatus[] = ['active', 'expiring', 'expired', 'renewing'];

/** "2027-01-27 (剩 60 天)": the end date and, for agreements in force, the days to it. */
export function endDateText(t: TFunction, a: Pick<AgreementListItem, 'endDate' | 'effectiveStatus'>, today = todayIso(new Date())): string {
  if (a.endDate === null) return IN_FORCE.includes(a.effectiveStatus) ? t('agreementsUi.noEndDate') : formatDate(null);
  if (!IN_FORCE.includes(a.effectiveStatus)) return a.endDate;
  const days = daysBetween(today, a.endDate);
  const note = days >= 0 ? t('agreementsUi.daysLeft', { count: days }) : t('agreementsUi.daysOverdue', { count: -days });
  return t('agreementsUi.endDateWithNote', { date: a.endDate, note });
}

/** Columns shared by the agreement list and a partner's Agreements tab. */
export function agreementColumns(
  t: TFunction,
  enumLabel: (name: EnumName, code: string | null | undefined) => string,
  options: { withParties: boolean },
) {
  const columns = [
    {
      key: 'agreementNo',
      title: t('agreements.fields.agreementNo'),
      sorter: true,
      // Number and title stay on screen when the list scrolls sideways.
      fixed: 'start' as const,
      width: COLUMN_WIDTH.short,
      ellipsis: true,
      render: (_: unknown, a: AgreementListItem) => a.agreementNo ?? t('common.none'),
    },
    {
      key: 'title',
      title: t('agreements.fields.title'),
      sorter: true,
      fixed: 'start' as const,
      // Titles end in what the agreement is (…实训基地共建协议): they get the room.
      width: COLUMN_WIDTH.name + 60,
      ellipsis: true,
      render: (_: unknown, a: AgreementListItem) => (
        // A real link as well as the row click: keyboard and screen-reader users get an anchor.
        <Link to={`/agreements/${a.id}`} onClick={(e) => e.stopPropagation()} data-testid={`agreement-link-${a.id}`}>
          {a.title}
        </Link>
      ),
    },
    { key: 'type', title: t('agreements.fields.type'), width: COLUMN_WIDTH.kind, ellipsis: true, render: (_: unknown, a: AgreementListItem) => enumLabel('agreementType', a.type) },
    {
      key: 'status',
      title: t('agreements.fields.status'),
      // Wide enough for "Expiring soon".
      width: COLUMN_WIDTH.status + 10,
      render: (_: unknown, a: AgreementListItem) => (
        <AgreementStatusTag status={a.effectiveStatus} label={enumLabel('effectiveAgreementStatus', a.effectiveStatus)} />
      ),
    },
    {
      key: 'parties',
      title: t('agreements.fields.parties'),
      // Several parties with full names: one line, the rest in the tooltip.
      width: COLUMN_WIDTH.text,
      ellipsis: true,
      render: (_: unknown, a: AgreementListItem) => a.parties.map((p) => `${enumLabel('partyRole', p.role)}：${p.name}`).join('；'),
    },
    // "2027-01-27（剩 60 天）": the deadline is never cut (English may take two lines).
    { key: 'endDate', title: t('agreements.fields.endDate'), sorter: true, width: COLUMN_WIDTH.dateTime + 40, render: (_: unknown, a: AgreementListItem) => endDateText(t, a) },
  ];
  return options.withParties ? columns : columns.filter((c) => c.key !== 'parties');
}
