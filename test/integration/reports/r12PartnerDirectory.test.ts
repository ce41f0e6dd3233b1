import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import { r12PartnerDirectory } from '../../../src/main/reports/definitions/r12PartnerDirectory';
import { validUscc } from '../../helpers/testDb';
import { labels, pick, registerCore, runReport, school } from './registerTestContext';

let core: Core;
let sections: Awaited<ReturnType<typeof runReport>>;

beforeAll(async () => {
  core = await registerCore();
  const s = core.services;
  const partner = await s.partners.create({
    kind: 'enterprise',
    fullName: '杭州海纳信息技术有限公司',
    uscc: validUscc(31),
    industrySection: 'I',
    industryDivision: '65',
    size: 'medium',
    nature: 'private',
    regionCode: '330100',
    regionName: '浙江省杭州市',
    status: 'active',
  });
  await s.contacts.create({ organisationId: partner.id, name: '赵经理', mobile: '13812345678' });
  await s.contacts.create({ organisationId: partner.id, name: '钱主管', mobile: '13912345678', isPrimary: true });
  const parties = [school, { role: '乙' as const, partyType: 'enterprise' as const, organisationId: partner.id }];
  const framework = await s.agreements.create({ title: '框架协议', type: 'framework', parties, startDate: '2024-03-15', endDate: '2027-03-14' });
  await s.agreements.transition({ id: framework.id, to: 'active' });
  // A draft is not cooperation yet: neither its type nor its earlier date count.
  await s.agreements.create({ title: '订单培养协议（草稿）', type: 'order_class', parties, startDate: '2023-01-01' });
  await s.programmes.internshipBases.create({ name: '海纳实习基地', kind: 'external', organisationId: partner.id, establishedDate: '2025-09-01' });
  await s.partners.create({ kind: 'enterprise', fullName: '成都领航建设工程有限公司', status: 'prospect' });
  sections = await runReport(core, r12PartnerDirectory, { kind: 'academic', startYear: 2026 });
}, 60_000);
afterAll(() => core.close());

describe('R12 合作企业名录', () => {
  it('has the directory columns in order', () => {
    expect(labels(sections[0])).toEqual([
      '单位名称', '统一社会信用代码', '行业', '规模', '性质', '地区', '主要联系人', '联系电话', '合作类型', '首次合作年月', '状态',
    ]);
  });

  it('lists every partner with its profile, main contact, cooperation types and first cooperation month', () => {
    expect(pick(sections[0], R12Keys)).toEqual([
      ['成都领航建设工程有限公司', null, null, null, null, null, null, null, null, null, '潜在'],
      ['杭州海纳信息技术有限公司', validUscc(31), '65 软件和信息技术服务业', '中型', '民营企业', '浙江省杭州市', '钱主管', '13912345678', '框架合作、实习基地', '202403', '合作中'],
    ]);
  });
});

const R12Keys = ['name', 'uscc', 'industry', 'size', 'nature', 'region', 'contact', 'phone', 'cooperation', 'firstYearMonth', 'status'];
