import { describe, expect, it } from 'vitest';
import { measureName, sentenceOrdinal } from './paragraphs.ts';

describe('names', () => {
  it('names a measure with full-width brackets', () => expect(measureName('十四')).toBe('第（十四）条'));
  it('reads the ordinal of document and news sentence ids', () => {
    expect(sentenceOrdinal('m14-s3')).toBe(3);
    expect(sentenceOrdinal('preamble-s12')).toBe(12);
    expect(sentenceOrdinal('s7')).toBe(7);
  });
});
