// Date-time text for files other systems read. The ODS platforms take 数据采集时间 as text
// 'YYYY-MM-DD HH:mm:ss' in China time (domain.md §2.9), whatever the machine's zone is.

/** 'YYYY-MM-DD HH:mm:ss' of the instant `now` in `timeZone` (default China, UTC+8), 24-hour clock. */
export function formatDateTimeText(now: Date, timeZone = 'Asia/Shanghai'): string {
  if (Number.isNaN(now.getTime())) throw new RangeError('formatDateTimeText: invalid Date');
  // formatToParts: the order of parts differs between locales and ICU versions.
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    calendar: 'gregory',
    numberingSystem: 'latn',
  }).formatToParts(now);
  const field = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${field('year').padStart(4, '0')}-${field('month')}-${field('day')} ${field('hour')}:${field('minute')}:${field('second')}`;
}
