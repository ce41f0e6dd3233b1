import type { ReactNode } from 'react';
import {
  AppstoreOutlined,
  BankOutlined,
  BellOutlined,
  BarChartOutlined,
  BookOutlined,
  CloudSyncOutlined,
  DashboardOutlined,
  DeleteOutlined,
  FileProtectOutlined,
  MoneyCollectOutlined,
  SettingOutlined,
} from '@ant-design/icons';

export type NavSection =
  | 'dashboard'
  | 'reminders'
  | 'partners'
  | 'agreements'
  | 'programmes'
  | 'courses'
  | 'funding'
  | 'reports'
  | 'data'
  | 'settings'
  | 'trash';

// Icons are decorative next to the text label, so they are hidden from screen readers.
export interface NavItem {
  section: NavSection;
  path: string;
  icon: ReactNode;
}

// Sidebar order. Trash sits last, after Settings, as a utility rather than a domain.
export const NAV_ITEMS: readonly NavItem[] = [
  { section: 'dashboard', path: '/dashboard', icon: <DashboardOutlined aria-hidden /> },
  { section: 'reminders', path: '/reminders', icon: <BellOutlined aria-hidden /> },
  { section: 'partners', path: '/partners', icon: <BankOutlined aria-hidden /> },
  { section: 'agreements', path: '/agreements', icon: <FileProtectOutlined aria-hidden /> },
  { section: 'programmes', path: '/programmes', icon: <AppstoreOutlined aria-hidden /> },
  { section: 'courses', path: '/courses', icon: <BookOutlined aria-hidden /> },
  { section: 'funding', path: '/funding', icon: <MoneyCollectOutlined aria-hidden /> },
  { section: 'reports', path: '/reports', icon: <BarChartOutlined aria-hidden /> },
  { section: 'data', path: '/data', icon: <CloudSyncOutlined aria-hidden /> },
  { section: 'settings', path: '/settings', icon: <SettingOutlined aria-hidden /> },
  { section: 'trash', path: '/trash', icon: <DeleteOutlined aria-hidden /> },
];

/** The sidebar entry a location belongs to ('/partners/123/edit' → partners). */
export function sectionOfPath(pathname: string): NavSection | undefined {
  return NAV_ITEMS.find((item) => pathname === item.path || pathname.startsWith(`${item.path}/`))?.section;
}
