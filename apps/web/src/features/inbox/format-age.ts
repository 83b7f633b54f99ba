const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

/**
 * How long ago something happened, short enough for a table cell: 'now', '5 min', '3 h', '2 d', '1 y'.
 * Rounds down, so a ticket is never shown older than it is; a clock slightly ahead of the server
 * (a negative age) reads 'now'.
 */
export function formatAge(since: string | Date, now: number = Date.now()): string {
  const ms = now - new Date(since).getTime();
  if (!Number.isFinite(ms)) return '';
  if (ms < MINUTE) return 'now';
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} min`;
  if (ms < DAY) return `${Math.floor(ms / HOUR)} h`;
  if (ms < YEAR) return `${Math.floor(ms / DAY)} d`;
  return `${Math.floor(ms / YEAR)} y`;
}
