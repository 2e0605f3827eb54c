import { describe, expect, it } from 'vitest';
import { escapeMarkup } from './escape.ts';

describe('escapeMarkup', () => {
  it('escapes the five markup characters and nothing else', () => {
    expect(escapeMarkup(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
    expect(escapeMarkup('中文，“引号”')).toBe('中文，“引号”');
  });
});
