import { describe, expect, it } from 'vitest';
import { renderRuns } from './render-sentence.ts';
import { sentenceRuns } from './sentence-runs.ts';

describe('renderRuns', () => {
  it('escapes text that looks like markup', () => {
    expect(renderRuns(sentenceRuns('甲<script>alert("x")</script>乙', []))).toBe('甲&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;乙');
  });

  it('nests a term link around actor evidence and places a note reference after its quote', () => {
    const html = renderRuns(
      sentenceRuns('支持工会参与。', [
        { kind: 'actor', start: 2, end: 4, ref: 'union' },
        { kind: 'term', start: 2, end: 4, ref: 'gonghui', href: '/terms/gonghui/' },
        { kind: 'note', start: 4, end: 6, ref: 'n1', href: '/notes/#note-n1', label: '编者注：存疑' },
      ]),
    );
    expect(html).toBe(
      '支持<a class="term" href="/terms/gonghui/"><mark class="ev" data-actors="union">工会</mark></a>' +
        '<span class="nq">参与</span><a class="nref" href="/notes/#note-n1" aria-label="编者注">注</a>。',
    );
  });

  it('makes a repaired word a link to its note, without a sign inside the word', () => {
    const html = renderRuns(
      sentenceRuns('依法行使权利。', [{ kind: 'repair', start: 1, end: 3, ref: 'r1', href: '/notes/#r1', label: '修补' }]),
    );
    expect(html).toBe('依<a class="rp" href="/notes/#r1" title="修补">法行</a>使权利。');
  });
});

describe('renderRuns with line breaks', () => {
  it('puts a <wbr> at each break, inside a mark where the break falls in one, never cutting the mark', () => {
    const runs = sentenceRuns('加强产业工人队伍建设。', [{ kind: 'term', start: 2, end: 8, ref: 'duiwu', href: '/terms/duiwu/' }]);
    expect(renderRuns(runs, [2, 6, 8])).toBe('加强<wbr><a class="term" href="/terms/duiwu/">产业工人<wbr>队伍</a><wbr>建设。');
    // Without breaks, the sentence HTML is as before.
    expect(renderRuns(runs)).toBe('加强<a class="term" href="/terms/duiwu/">产业工人队伍</a>建设。');
  });

  it('escapes the text around a break', () => {
    expect(renderRuns(sentenceRuns('甲<乙>丙', []), [2])).toBe('甲&lt;<wbr>乙&gt;丙');
  });
});
