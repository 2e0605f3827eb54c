import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRuns } from './render-sentence.ts';
import { MARK_LEGEND } from './mark-legend.ts';

const css = readFileSync('src/styles/global.css', 'utf8');
/** The declarations of the first rule whose selector list is exactly `selector`. */
const rule = (selector: string) => {
  const at = css.search(new RegExp(`(^|\\n)${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\{`));
  expect(at, `no rule ${selector} in global.css`).toBeGreaterThanOrEqual(0);
  return css.slice(at, css.indexOf('}', at));
};

describe('the marks’ legend', () => {
  it('explains the yellow underline as what it is: mark.ev, the words an actor tag rests on', () => {
    // The yellow: --mark, drawn as an inset shadow under the words by mark.ev.
    expect(rule(':root')).toContain('--mark: #fff1b8');
    expect(rule('mark.ev')).toMatch(/box-shadow: inset 0 -[\d.]+em 0 var\(--mark\)/);
    // mark.ev is what a sentence's actor annotation is rendered as.
    const html = renderRuns([{ text: '各级工会', on: [{ kind: 'actor', ref: 'acftu' }], ending: [] }] as never);
    expect(html).toContain('<mark class="ev"');
    const entry = MARK_LEGEND.find((e) => e.sample.class === 'ev')!;
    expect(entry.sample.tag).toBe('mark');
    expect(entry.looks).toBe('黄色底线');
    expect(entry.meaning).toContain('负责主体');
  });

  it('draws every sample with a rule of the stylesheet', () => {
    for (const e of MARK_LEGEND)
      expect(css, e.sample.class).toMatch(new RegExp(`(^|[\\s,])(${e.sample.tag})?\\.${e.sample.class} \\{`, 'm'));
  });
});
