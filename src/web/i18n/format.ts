/** A date (`YYYY-MM-DD` or ISO timestamp) as the reader writes it: 01/07/2025 or 7/1/2025. */
export function formatDate(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const isDateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(isDateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'vi-VN', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: isDateOnly ? 'UTC' : undefined,
  }).format(date);
}

/** Today as `YYYY-MM-DD` in the reader's time zone. */
export function todayIsoDate(): string {
  const now = new Date();
  const offset = now.getTimezoneOffset() * 60_000;
  return new Date(now.getTime() - offset).toISOString().slice(0, 10);
}
