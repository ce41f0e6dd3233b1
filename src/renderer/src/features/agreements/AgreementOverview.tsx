import type { HTMLAttributes } from 'react';
import { Descriptions, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Agreement, Obligation, Party } from '@shared/domain/agreement';
import { formatFen } from '@shared/format/money';
import { useChannel } from '../../api/useChannel';
import { useEnumLabel } from '../../components/useEnumLabel';
import { endDateText } from './agreementColumns';

/** The agreement's own fields, its parties and its obligations, read-only. */
export function AgreementOverview({ agreement }: { agreement: Agreement }) {
  const { t, i18n } = useTranslation();
  const enumLabel = useEnumLabel();
  const orgUnits = useChannel('orgUnits:list', { includeDeleted: true });
  const majors = useChannel('majors:list', { includeDeleted: true });
  const none = t('common.none');
  const unitName = orgUnits.data?.find((u) => u.id === agreement.orgUnitId)?.name ?? none;
  const majorNames = agreement.majorIds.map((id) => majors.data?.find((m) => m.id === id)?.name ?? '…');
  const locale = i18n.language === 'en-US' ? 'en-US' : 'zh-CN';
  const f = (key: string) => t(`agreementsUi.fields.${key}`);

  return (
    <>
      <Descriptions
        data-testid="agreement-fields"
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'agreementNo', label: f('agreementNo'), children: agreement.agreementNo ?? none },
          { key: 'type', label: f('type'), children: enumLabel('agreementType', agreement.type) },
          { key: 'orgUnit', label: f('orgUnit'), children: unitName },
          { key: 'majors', label: f('majors'), children: majorNames.length > 0 ? majorNames.join('、') : none },
          { key: 'signDate', label: f('signDate'), children: agreement.signDate ?? none },
          { key: 'startDate', label: f('startDate'), children: agreement.startDate ?? none },
          { key: 'endDate', label: f('endDate'), children: <span data-testid="agreement-end-date">{endDateText(t, agreement)}</span> },
          { key: 'autoRenew', label: f('autoRenew'), children: agreement.autoRenew ? t('common.yes') : t('common.no') },
          { key: 'noticeDays', label: f('noticeDays'), children: agreement.noticeDays ?? none },
          { key: 'amount', label: f('amount'), children: agreement.amountFen === null ? none : formatFen(agreement.amountFen, 'yuan', locale) },
          {
            key: 'copies',
            label: `${f('copiesTotal')} / ${f('copiesEach')}`,
            children: `${agreement.copiesTotal ?? none} / ${agreement.copiesEach ?? none}`,
          },
          ...(agreement.terminatedOn ? [{ key: 'terminatedOn', label: f('terminatedOn'), children: agreement.terminatedOn }] : []),
          ...(agreement.terminatedReason ? [{ key: 'reason', label: f('terminatedReason'), children: agreement.terminatedReason }] : []),
          { key: 'notes', label: f('notes'), children: agreement.notes ?? none, span: 'filled' as const },
        ]}
      />
      <h2>{t('agreementsUi.sections.parties')}</h2>
      <Table<Party>
        data-testid="agreement-parties"
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={agreement.parties}
        onRow={(p) => ({ 'data-testid': `party-${p.role}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'role', title: t('agreementsUi.party.role'), render: (_: unknown, p: Party) => enumLabel('partyRole', p.role) },
          {
            key: 'name',
            title: t('agreementsUi.party.name'),
            render: (_: unknown, p: Party) => (p.organisationId ? <Link to={`/partners/${p.organisationId}`}>{p.name}</Link> : p.name),
          },
          { key: 'type', title: t('agreementsUi.party.partyType'), render: (_: unknown, p: Party) => enumLabel('partyType', p.partyType) },
          { key: 'signatory', title: t('agreementsUi.party.signatory'), render: (_: unknown, p: Party) => p.signatory ?? none },
          { key: 'signedDate', title: t('agreementsUi.party.signedDate'), render: (_: unknown, p: Party) => p.signedDate ?? none },
          { key: 'sealed', title: t('agreementsUi.party.sealed'), render: (_: unknown, p: Party) => (p.sealed ? t('common.yes') : t('common.no')) },
        ]}
      />
      <h2>{t('agreementsUi.sections.obligations')}</h2>
      {agreement.obligations.length === 0 ? (
        // A plain paragraph, not antd's empty table: its pale text fails WCAG AA contrast.
        <p data-testid="agreement-obligations-empty">{t('agreementsUi.obligation.none')}</p>
      ) : (
      <Table<Obligation>
        data-testid="agreement-obligations"
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={agreement.obligations}
        columns={[
          { key: 'partyRole', title: t('agreementsUi.obligation.partyRole'), render: (_: unknown, o: Obligation) => enumLabel('partyRole', o.partyRole) },
          { key: 'text', title: t('agreementsUi.obligation.text'), render: (_: unknown, o: Obligation) => o.text },
          {
            key: 'quantity',
            title: t('agreementsUi.obligation.quantity'),
            render: (_: unknown, o: Obligation) => (o.quantity === null ? none : `${o.quantity}${o.unit ?? ''}`),
          },
          { key: 'dueDate', title: t('agreementsUi.obligation.dueDate'), render: (_: unknown, o: Obligation) => o.dueDate ?? none },
          {
            key: 'recurrence',
            title: t('agreementsUi.obligation.recurrence'),
            render: (_: unknown, o: Obligation) => enumLabel('obligationRecurrence', o.recurrence),
          },
          { key: 'doneAt', title: t('agreementsUi.obligation.doneAt'), render: (_: unknown, o: Obligation) => o.doneAt ?? none },
        ]}
      />
      )}
    </>
  );
}
