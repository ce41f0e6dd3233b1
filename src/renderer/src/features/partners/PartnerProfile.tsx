import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { industryLabel, industryPath } from '@shared/classifications/industry';
import type { Partner } from '@shared/domain/partner';
import { formatTimestamp } from '../../components/formatDate';
import { StatusTag } from '../../components/StatusTag';
import { useEnumLabel } from '../../components/useEnumLabel';

/** The partner's fields, enum codes shown as labels in the user's language. */
export function PartnerProfile({ partner: p }: { partner: Partner }) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const none = t('common.none');
  const text = (v: string | null) => v ?? none;
  const tags = (list: readonly string[]) => (list.length > 0 ? list.map((v) => <Tag key={v}>{v}</Tag>) : none);
  // GB/T 4754 from 门类 down to the stored code (C 制造业 / 36 汽车制造业 / 3611 汽柴油车整车制造);
  // a code the table lacks (legacy data) is still shown rather than hidden.
  const industryCode = p.industryCode ?? p.industryDivision;
  const industryPathText = industryPath(industryCode).map((e) => industryLabel(e.code)).join(' / ');
  const industry = industryPathText
    ? industryPathText
    : p.industrySection
      ? `${p.industrySection} ${enumLabel('industrySection', p.industrySection)}${industryCode ? ` · ${industryCode}` : ''}`
      : none;

  const items = [
    { key: 'fullName', children: p.fullName },
    { key: 'kind', children: enumLabel('orgKind', p.kind) },
    {
      key: 'uscc',
      children: p.uscc ? (
        <>
          <code>{p.uscc}</code> {p.usccCheckOverridden ? <StatusTag tone="warning">{t('partners.uscc.overridden')}</StatusTag> : null}
        </>
      ) : (
        none
      ),
    },
    { key: 'aliases', children: tags(p.aliases) },
    { key: 'status', children: enumLabel('partnerStatus', p.status) },
    { key: 'industryCode', children: industry },
    { key: 'size', children: enumLabel('orgSize', p.size) },
    { key: 'nature', children: enumLabel('orgNature', p.nature) },
    { key: 'employeeCount', children: p.employeeCount === null ? text(null) : String(p.employeeCount) },
    { key: 'regionName', children: p.regionCode ? `${text(p.regionName)} (${p.regionCode})` : text(p.regionName) },
    { key: 'address', children: text(p.address) },
    { key: 'website', children: text(p.website) },
    { key: 'legalRepresentative', children: text(p.legalRepresentative) },
    { key: 'cjrhLevel', children: enumLabel('cjrhLevel', p.cjrhLevel) },
    { key: 'source', children: enumLabel('partnerSource', p.source) },
    { key: 'tags', children: tags(p.tags) },
    { key: 'notes', children: <span style={{ whiteSpace: 'pre-wrap' }}>{text(p.notes)}</span> },
    { key: 'createdAt', children: formatTimestamp(p.createdAt) },
    { key: 'updatedAt', children: formatTimestamp(p.updatedAt) },
  ];

  return (
    <div data-testid="partner-profile">
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={items.map((item) => ({ ...item, label: t(`partners.fields.${item.key}`) }))}
      />
    </div>
  );
}
