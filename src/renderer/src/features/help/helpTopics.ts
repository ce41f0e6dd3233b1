import { helpZhCN } from '@shared/i18n/features/help.zh-CN';
import type { NavSection } from '../../app/navigation';

// Which help topics exist, how they link to each other and to screens, and which topic a route
// belongs to. Pure data and functions (unit-tested); the words live in the i18n resources.

/** Step-by-step guides for the tasks an officer does a few times a year. */
export const GUIDE_TOPICS = ['importRoster', 'yearlyReports', 'agreementDocument', 'backupUsb'] as const;
export type GuideTopic = (typeof GUIDE_TOPICS)[number];

/** One topic per sidebar entry, plus the screens reached from them (follow-ups, import, documents). */
export const SCREEN_TOPICS = [
  'dashboard',
  'reminders',
  'followUps',
  'partners',
  'agreements',
  'documents',
  'programmes',
  'courses',
  'funding',
  'reports',
  'data',
  'import',
  'settings',
  'trash',
] as const;
export type ScreenTopic = (typeof SCREEN_TOPICS)[number];

export type HelpTopicId = GuideTopic | ScreenTopic;

// Every topic has text and every text a topic (a missing or extra one is a compile error).
type TopicKeys = keyof typeof helpZhCN.topics;
type TopicsMatch = [Exclude<TopicKeys, HelpTopicId>, Exclude<HelpTopicId, TopicKeys>] extends [never, never] ? true : false;
const topicsMatch: TopicsMatch = true;
void topicsMatch;

/** Every sidebar entry has its screen topic (compile-time: NavSection ⊆ ScreenTopic). */
const NAV_TOPIC: Record<NavSection, ScreenTopic> = {
  dashboard: 'dashboard',
  reminders: 'reminders',
  partners: 'partners',
  agreements: 'agreements',
  programmes: 'programmes',
  courses: 'courses',
  funding: 'funding',
  reports: 'reports',
  data: 'data',
  settings: 'settings',
  trash: 'trash',
};

/** Where each screen topic's screen is. */
export const SCREEN_PATH: Record<ScreenTopic, string> = {
  dashboard: '/dashboard',
  reminders: '/reminders',
  followUps: '/followups',
  partners: '/partners',
  agreements: '/agreements',
  documents: '/documents/templates',
  programmes: '/programmes',
  courses: '/courses',
  funding: '/funding',
  reports: '/reports',
  data: '/data',
  import: '/data/import',
  settings: '/settings',
  trash: '/trash',
};

/** The screen a guide is mostly done on. */
export const GUIDE_SCREEN: Record<GuideTopic, ScreenTopic> = {
  importRoster: 'import',
  yearlyReports: 'reports',
  agreementDocument: 'agreements',
  backupUsb: 'data',
};

/** The screen a topic's "open" link goes to: its own, or the one its guide is done on. */
export function screenOfTopic(id: HelpTopicId): ScreenTopic {
  return isGuide(id) ? GUIDE_SCREEN[id] : id;
}

/** The guides a screen's topic links to. */
export const RELATED_GUIDES: Record<ScreenTopic, readonly GuideTopic[]> = {
  dashboard: ['importRoster', 'backupUsb'],
  reminders: ['agreementDocument'],
  followUps: [],
  partners: ['importRoster', 'agreementDocument'],
  agreements: ['agreementDocument'],
  documents: ['agreementDocument'],
  programmes: ['yearlyReports'],
  courses: ['yearlyReports'],
  funding: ['yearlyReports'],
  reports: ['yearlyReports'],
  data: ['backupUsb', 'importRoster'],
  import: ['importRoster'],
  settings: ['agreementDocument', 'yearlyReports', 'backupUsb'],
  trash: ['backupUsb'],
};

export function isGuide(id: HelpTopicId): id is GuideTopic {
  return (GUIDE_TOPICS as readonly string[]).includes(id);
}

export function relatedGuides(id: HelpTopicId): readonly GuideTopic[] {
  return isGuide(id) ? [] : RELATED_GUIDES[id];
}

/** Routes that are not under their own sidebar entry, checked before the sidebar's prefixes. */
const SPECIAL_ROUTES: readonly { match: RegExp; topic: ScreenTopic }[] = [
  { match: /^\/data\/import(\/|$)/, topic: 'import' },
  { match: /^\/agreements\/[^/]+\/document(\/|$)/, topic: 'documents' },
  { match: /^\/documents(\/|$)/, topic: 'documents' },
  { match: /^\/followups(\/|$)/, topic: 'followUps' },
];

/**
 * The topic F1 and the page heading's help link open on a route ('/partners/123/edit' →
 * partners); null on a route with no topic of its own, where help opens on its index.
 */
export function helpTopicOfPath(pathname: string): ScreenTopic | null {
  const special = SPECIAL_ROUTES.find((r) => r.match.test(pathname));
  if (special) return special.topic;
  const section = (Object.keys(NAV_TOPIC) as NavSection[]).find((s) => pathname === `/${s}` || pathname.startsWith(`/${s}/`));
  return section ? NAV_TOPIC[section] : null;
}

export type TopicList = 'steps' | 'points' | 'tips';

/**
 * The item keys of one of a topic's lists, in order. Read from the reference language: en-US
 * has the same keys (its type says so), so both languages list the same items.
 */
export function topicItems(id: HelpTopicId, list: TopicList): string[] {
  const topic: { steps?: object; points?: object; tips?: object } = helpZhCN.topics[id];
  return Object.keys(topic[list] ?? {});
}

/** i18n key of a topic's field or list item. */
export function topicKey(id: HelpTopicId, part: 'title' | 'summary' | `${TopicList}.${string}`): string {
  return `help.topics.${id}.${part}`;
}

/** F1 alone opens help (with a modifier it is left to the system). */
export function isHelpShortcut(e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }): boolean {
  return e.key === 'F1' && !e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey;
}
