// The date line under a document's title, as official texts print it: (2024年10月12日), with
// ASCII or full-width digits (（２０２４年１０月１２日）) or Chinese numerals (（二〇二四年十月十二日）).
import { parseChineseNumeral } from '../numerals.ts';
import { isCalendarDate } from '../schema/dates.ts';

const NUMBER = '[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}';
const DATE_LINE = new RegExp(`^[(（]([0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年(${NUMBER})月(${NUMBER})日[)）]$`, 'u');
const YEAR_DIGITS = '〇一二三四五六七八九';

export interface DateLineReading {
  /** YYYY-MM-DD as printed, which may not be a real day (2024年2月30日). */
  date: string;
  /** False when the printed day is not one of the calendar. */
  valid: boolean;
}

/** The date a line prints, when the line is a date line; null when it is not one. */
export function readDateLine(text: string): DateLineReading | null {
  const m = DATE_LINE.exec(text);
  if (!m) return null;
  const year = [...m[1]!].map((c) => digit(c) ?? String(YEAR_DIGITS.indexOf(c === '零' || c === '○' ? '〇' : c))).join('');
  const month = number(m[2]!);
  const day = number(m[3]!);
  if (month === null || day === null) return null;
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { date, valid: isCalendarDate(date) };
}

/** An ASCII or full-width digit's value, as a string. */
function digit(c: string): string | null {
  if (/^[0-9]$/.test(c)) return c;
  const code = c.charCodeAt(0) - 0xff10;
  return code >= 0 && code <= 9 ? String(code) : null;
}

function number(s: string): number | null {
  if (/^[一二三四五六七八九十]+$/.test(s)) return parseChineseNumeral(s);
  return Number([...s].map(digit).join(''));
}

/** A year digit of a date written in characters: 〇 and its stand-ins ○, 零, O, 0 as printed. */
const YEAR_CHAR = '[0-9０-９〇○零OＯ一二三四五六七八九]';
/**
 * A date alone on its line, as a signature block ends: 2018年12月29日, 二〇一八年十二月二十九日,
 * 二○○九年…, 二0一0年…, with spaces where the source has them (2019 年6月 14 日).
 */
const BARE_DATE = new RegExp(`^(${YEAR_CHAR}{4})\\s*年\\s*(${NUMBER})\\s*月\\s*(${NUMBER})\\s*日$`, 'u');

/** The date a line prints when the line is nothing but a date (a signature's last line); null otherwise. */
export function readBareDate(text: string): DateLineReading | null {
  const m = BARE_DATE.exec(text);
  if (!m) return null;
  const year = [...m[1]!].map((c) => digit(c) ?? String(Math.max(0, YEAR_DIGITS.indexOf(c)))).join('');
  const month = number(m[2]!);
  const day = number(m[3]!);
  if (month === null || day === null) return null;
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { date, valid: isCalendarDate(date) };
}
