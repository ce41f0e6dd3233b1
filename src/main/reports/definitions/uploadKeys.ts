import { createHash } from 'node:crypto';
import type { ReportColumn } from '@shared/domain/report';

// What every ODS upload sheet shares (domain.md §2.5, §2.9): the common fields the platform's
// front ends carry first (主键数据唯一性标识, 学校代码) and last (数据采集时间), and the row key.
// 上报状态 is also a common field, but the platform sets it, so uploads leave it out.

/**
 * 主键数据唯一性标识: the same record gives the same key every year, so a re-upload updates the
 * platform's row instead of adding one. 32 hex characters from SHA-256 of the scope (which
 * table, e.g. 'R3.course') and the parts that identify the record (record ids, or 专业号 + USCC
 * for R2's pairs). Parts are joined with a separator no id or code contains.
 */
export function stableKey(scope: string, ...parts: string[]): string {
  return createHash('sha256').update(`partnerdesk\u001f${scope}\u001f${parts.join('\u001f')}`).digest('hex').slice(0, 32);
}

export const UPLOAD_KEY_COLUMN: ReportColumn = { key: 'uploadKey', label: '主键数据唯一性标识', type: 'text', code: true, width: 34 };
export const UPLOAD_SCHOOL_CODE_COLUMN: ReportColumn = { key: 'schoolCode', label: '学校代码', type: 'text', code: true, width: 8 };
/** Text, not a date cell: the platforms read 'YYYY-MM-DD HH:mm:ss' (formatDateTimeText). */
export const UPLOAD_COLLECTED_AT_COLUMN: ReportColumn = { key: 'collectedAt', label: '数据采集时间', type: 'text', code: true, width: 20 };

export const MISSING_USCC = '缺少统一社会信用代码';
