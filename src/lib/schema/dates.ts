// Calendar dates as the metadata and the date lines write them (YYYY-MM-DD), and the one place
// "today" comes from, so that "a date after today" can be tested on any day.

/** True for a real day of the calendar: 2024-02-29 is one, 2024-02-30 and 2024-13-45 are not. */
export function isCalendarDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Today as YYYY-MM-DD: POLICY_READER_TODAY when set (tests and the bad-input catalogue set it, so a
 * verdict does not change with the day it runs), else the machine's local date.
 */
export function today(): string {
  const fixed = globalThis.process?.env?.POLICY_READER_TODAY;
  if (fixed) {
    if (!isCalendarDate(fixed)) throw new Error(`POLICY_READER_TODAY=${fixed} is not a date written YYYY-MM-DD`);
    return fixed;
  }
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
