// Dates as official texts print them, read in one place for the parser and for ingest: 2024年10月12日
// with ASCII or full-width digits, or in Chinese numerals as signatures write them
// (二〇二四年十月十二日, also with ○, 零 or a letter O for zero, and 二0一0年 mixing both), with spaces
// where the source has them (2019 年6月 14 日).
import { parseChineseNumeral } from '../numerals.ts';
import { isCalendarDate } from '../schema/dates.ts';

/** A printed year: four digits or characters, 2024, ２０２４, 二〇二四, 二0一0. */
export const YEAR_PATTERN = '[0-9０-９〇○零OＯ一二三四五六七八九]{4}';
const NUMBER = '[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}';
/** One printed date; its groups are the year, the month and the day. */
export const DATE_PATTERN = `(${YEAR_PATTERN})\\s*年\\s*(${NUMBER})\\s*月\\s*(${NUMBER})\\s*日`;
const DATE = new RegExp(DATE_PATTERN, 'gu');
const BARE = new RegExp(`^${DATE_PATTERN}$`, 'u');
const BRACKETED = new RegExp(`^[(（]${DATE_PATTERN}[)）]$`, 'u');
const YEAR_DIGITS = '〇一二三四五六七八九';
const ZERO = /[〇○零OＯ]/u;

export interface PrintedDate {
  /** YYYY-MM-DD as printed, which may not be a real day (2024年2月30日). */
  date: string;
  /** False when the printed day is not one of the calendar. */
  valid: boolean;
}

export interface FoundDate extends PrintedDate {
  /** Where the printed date starts and ends in the text searched. */
  index: number;
  end: number;
}

/** The date of a printed year, month and day. */
function dateOf(year: string, month: string, day: string): PrintedDate {
  const y = [...year].map((c) => digit(c) ?? String(ZERO.test(c) ? 0 : YEAR_DIGITS.indexOf(c))).join('');
  const date = `${y}-${String(number(month)).padStart(2, '0')}-${String(number(day)).padStart(2, '0')}`;
  return { date, valid: isCalendarDate(date) };
}

/** Every date printed in `text`, in order, real days or not. */
export function datesIn(text: string): FoundDate[] {
  return [...text.matchAll(DATE)].map((m) => ({ ...dateOf(m[1]!, m[2]!, m[3]!), index: m.index, end: m.index + m[0].length }));
}

/** The date a line prints when the line is nothing but a date (a signature's last line); null otherwise. */
export function readBareDate(text: string): PrintedDate | null {
  const m = BARE.exec(text.trim());
  return m ? dateOf(m[1]!, m[2]!, m[3]!) : null;
}

/** The date a date line under a title prints, （2024年10月12日）; null when the line is not one. */
export function readDateLine(text: string): PrintedDate | null {
  const m = BRACKETED.exec(text);
  return m ? dateOf(m[1]!, m[2]!, m[3]!) : null;
}

/** An ASCII or full-width digit's value, as a string. */
function digit(c: string): string | null {
  if (/^[0-9]$/.test(c)) return c;
  const code = c.charCodeAt(0) - 0xff10;
  return code >= 0 && code <= 9 ? String(code) : null;
}

function number(s: string): number {
  if (/^[一二三四五六七八九十]+$/.test(s)) return parseChineseNumeral(s) ?? 0;
  return Number([...s].map(digit).join(''));
}
