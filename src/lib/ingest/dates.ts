// Dates as official texts print them, for ingest: 2019年1月1日, with full-width digits, or in
// Chinese numerals as signatures write them (二〇一九年一月一日, also with ○ or 零 for zero).
import { parseChineseNumeral } from '../numerals.ts';
import { isCalendarDate } from '../schema/dates.ts';

const YEAR = '[0-9０-９]{4}|[〇○零Ｏ一二三四五六七八九]{4}';
const NUM = '[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}';
/** One printed date; its groups are the year, the month and the day. */
export const DATE_PATTERN = `(${YEAR})\\s*年\\s*(${NUM})\\s*月\\s*(${NUM})\\s*日`;
const DATE = new RegExp(DATE_PATTERN, 'gu');
const DATE_ONLY = new RegExp(`^${DATE_PATTERN}$`, 'u');
const ZEROES = /[〇○零Ｏ]/gu;

export interface FoundDate {
  /** YYYY-MM-DD. */
  date: string;
  /** Where the printed date starts and ends in the text searched. */
  index: number;
  end: number;
}

/** YYYY-MM-DD of a printed year, month and day; null when it is no day of the calendar. */
export function isoDate(year: string, month: string, day: string): string | null {
  const y = /^[0-9０-９]+$/u.test(year)
    ? digits(year)
    : [...year.replace(ZEROES, '〇')].map((c) => '〇一二三四五六七八九'.indexOf(c)).join('');
  const m = number(month);
  const d = number(day);
  if (m === null || d === null) return null;
  const date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isCalendarDate(date) ? date : null;
}

/** Every real date printed in `text`, in order. */
export function datesIn(text: string): FoundDate[] {
  return [...text.matchAll(DATE)].flatMap((m) => {
    const date = isoDate(m[1]!, m[2]!, m[3]!);
    return date ? [{ date, index: m.index, end: m.index + m[0].length }] : [];
  });
}

/** The date a line is made of (a signature's date line), or null when the line is anything else. */
export function dateOnly(line: string): string | null {
  const m = DATE_ONLY.exec(line.trim());
  return m ? isoDate(m[1]!, m[2]!, m[3]!) : null;
}

function number(s: string): number | null {
  return /^[一二三四五六七八九十]+$/u.test(s) ? parseChineseNumeral(s) : Number(digits(s));
}

const digits = (s: string) => [...s].map((c) => (/[0-9]/.test(c) ? c : String(c.charCodeAt(0) - 0xff10))).join('');
