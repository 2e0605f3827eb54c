import { describe, expect, it } from 'vitest';
import { ContentError } from '../errors.ts';
import { contentNoticeLines, permalinksAddedLine, placeholderAddressLine } from './notices.ts';

describe('what the build prints without failing', () => {
  it('says the content notes are information, each at its file:line', () => {
    const lines = contentNoticeLines([
      new ContentError('content/thesaurus.yaml', 34, 'reader word "工伤" occurs in the texts'),
      new ContentError('content/sources/x.txt', 10, 'x: 2 of 9 measures have no responsible actor the machine could find'),
    ]);
    expect(lines[0]).toBe(
      'info: 2 notes on the content for whoever edits content/ (information, not problems: the build goes on and the site is complete):',
    );
    expect(lines.slice(1)).toEqual([
      'info: content/thesaurus.yaml:34: reader word "工伤" occurs in the texts',
      'info: content/sources/x.txt:10: x: 2 of 9 measures have no responsible actor the machine could find',
    ]);
    expect(contentNoticeLines([])).toEqual([]);
  });

  it('labels every line as information, and none says error, warning or failed', () => {
    const lines = [
      ...contentNoticeLines([new ContentError('a.yaml', 1, 'x')]),
      permalinksAddedLine(24, 'tests/permalinks.txt'),
      placeholderAddressLine('https://policy-reader.example.org'),
    ];
    for (const line of lines) {
      expect(line).toMatch(/^info: /);
      expect(line).not.toMatch(/\b(error|warning|failed)\b/i);
    }
    expect(lines.slice(-2).every((l) => l.includes('information, not a problem'))).toBe(true);
  });
});
