import type { Handlers } from '../ipc/types';
import type { ContributionService } from './contributionService';
import type { FundingSourceService } from './fundingSourceService';
import type { FundingTxnService } from './fundingTxnService';

type FundingChannels =
  | 'fundingSources:list'
  | 'fundingSources:create'
  | 'fundingSources:update'
  | 'fundingSources:delete'
  | 'fundingSources:restore'
  | 'fundingTxns:list'
  | 'fundingTxns:get'
  | 'fundingTxns:create'
  | 'fundingTxns:update'
  | 'fundingTxns:delete'
  | 'fundingTxns:restore'
  | 'contributions:list'
  | 'contributions:create'
  | 'contributions:update'
  | 'contributions:delete'
  | 'contributions:restore';

export interface FundingServices {
  sources: FundingSourceService;
  txns: FundingTxnService;
  contributions: ContributionService;
}

export function createFundingHandlers({ sources, txns, contributions }: FundingServices): Pick<Handlers, FundingChannels> {
  return {
    'fundingSources:list': (input) => sources.list(input),
    'fundingSources:create': (input) => sources.create(input),
    'fundingSources:update': (input) => sources.update(input),
    'fundingSources:delete': (input) => sources.delete(input.id),
    'fundingSources:restore': (input) => sources.restore(input.id),
    'fundingTxns:list': (input) => txns.list(input),
    'fundingTxns:get': (input) => txns.get(input.id),
    'fundingTxns:create': (input) => txns.create(input),
    'fundingTxns:update': (input) => txns.update(input),
    'fundingTxns:delete': (input) => txns.delete(input.id),
    'fundingTxns:restore': (input) => txns.restore(input.id),
    'contributions:list': (input) => contributions.list(input),
    'contributions:create': (input) => contributions.create(input),
    'contributions:update': (input) => contributions.update(input),
    'contributions:delete': (input) => contributions.delete(input.id),
    'contributions:restore': (input) => contributions.restore(input.id),
  };
}
