/** Chinese numerals as used to number parts and measures (一 … 九十九, and on to 九百九十九). */
const DIGITS = '零一二三四五六七八九';

export function parseChineseNumeral(numeral: string): number | null {
  if (!/^[零一二三四五六七八九十百]+$/.test(numeral)) return null;
  let total = 0;
  let digit: number | null = null;
  for (const ch of numeral) {
    const d = DIGITS.indexOf(ch);
    if (d >= 0) {
      if (digit !== null && digit !== 0) return null; // two digits in a row: 二三
      digit = d;
      continue;
    }
    const unit = ch === '百' ? 100 : 10;
    if (unit === 100 && total !== 0) return null; // 十百
    if (unit === 10 && total % 100 !== 0) return null; // 二十三十
    total += (digit ?? 1) * unit;
    digit = null;
  }
  total += digit ?? 0;
  if (total === 0) return null;
  return toChineseNumeral(total) === numeral ? total : null;
}

/** The canonical spelling: 十, 十四, 二十, 二十七, 一百零五. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`no Chinese numeral for ${n}`);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = '';
  if (hundreds) out += DIGITS[hundreds] + '百';
  if (tens) out += (tens === 1 && !hundreds ? '' : DIGITS[tens]) + '十';
  else if (hundreds && ones) out += '零';
  if (ones) out += DIGITS[ones];
  return out;
}
