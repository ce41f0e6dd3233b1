import type { ReactNode } from 'react';
import { Tag } from 'antd';

export type StatusTone = 'default' | 'processing' | 'success' | 'warning' | 'error';

/**
 * A status label whose text meets WCAG AA contrast (antd's preset status colours do
 * not: green text on pale green is about 3:1). Colours are in global.css.
 */
export function StatusTag({ tone, children }: { tone: StatusTone; children: ReactNode }) {
  return <Tag className={`status-tag status-tag-${tone}`}>{children}</Tag>;
}
