// The complete list of IPC channels. Zero imports on purpose: the sandboxed preload
// bundles this file and nothing else from the app. test/ipc/contract.test-d.ts proves
// it equals the keys of the contract, so the two cannot drift apart.
export const CHANNELS = [
  'app:info',
  'settings:get',
  'settings:update',
  'sample:seed',
  'orgUnits:list',
  'orgUnits:create',
  'orgUnits:update',
  'majors:list',
  'majors:create',
  'majors:update',
  'staff:list',
  'staff:create',
  'staff:update',
  'partners:list',
  'partners:get',
  'partners:create',
  'partners:update',
  'partners:delete',
  'partners:restore',
  'contacts:list',
  'contacts:get',
  'contacts:create',
  'contacts:update',
  'contacts:delete',
  'contacts:restore',
  'agreements:list',
  'agreements:get',
  'agreements:create',
  'agreements:update',
  'agreements:delete',
  'agreements:restore',
  'agreements:transition',
  'agreements:renew',
  'interactions:list',
  'interactions:get',
  'interactions:create',
  'interactions:update',
  'interactions:delete',
  'interactions:restore',
  'courses:list',
  'courses:get',
  'courses:create',
  'courses:update',
  'courses:delete',
  'courses:restore',
  'fundingSources:list',
  'fundingSources:create',
  'fundingSources:update',
  'fundingSources:delete',
  'fundingSources:restore',
  'fundingTxns:list',
  'fundingTxns:get',
  'fundingTxns:create',
  'fundingTxns:update',
  'fundingTxns:delete',
  'fundingTxns:restore',
  'contributions:list',
  'contributions:create',
  'contributions:update',
  'contributions:delete',
  'contributions:restore',
  'trash:list',
  'audit:history',
  // [search] channels
  // [reminders] channels
  // [agreementsUi] channels
  // [programmes] channels
  // [admin] channels
  // [capture] channels
] as const;

export type Channel = (typeof CHANNELS)[number];

// Main → renderer notifications (progress of long work). The preload only forwards these.
export const EVENTS = ['progress'] as const;
export type AppEvent = (typeof EVENTS)[number];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

export function isAppEvent(value: unknown): value is AppEvent {
  return typeof value === 'string' && (EVENTS as readonly string[]).includes(value);
}
