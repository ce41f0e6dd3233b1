import dayjs from 'dayjs';

/** ISO timestamps (UTC from the core) shown in local time; dates stay as stored (YYYY-MM-DD). */
export function formatTimestamp(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = dayjs(iso);
  return d.isValid() ? d.format('YYYY-MM-DD HH:mm') : iso;
}

export function formatDate(iso: string | null | undefined): string {
  return iso ? iso : '—';
}
