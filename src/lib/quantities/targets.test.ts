import { describe, expect, it } from 'vitest';
import { FIXTURE_CORPUS, siteModel } from '../../../tests/support/site.ts';
import { parseCsv } from '../export/csv.ts';
import { targetsCsv } from '../export/targets-csv.ts';
import { targetRuns, targetsView } from '../view/targets-view.ts';
import { deadlinesIn } from './deadlines.ts';
import { quantitiesIn } from './extract.ts';
import { extractTargets, targetTimeline } from './targets.ts';

const brief = (text: string, year?: number) => deadlinesIn(text, year).map((d) => [d.text, d.when, d.year, d.kind]);

describe('deadlinesIn', () => {
  it('reads the deadlines of sentences from the real texts', () => {
    // 2024-chanye-gongren p1: 力争到2035年，培养造就2000名左右大国工匠…
    expect(brief('力争到2035年，培养造就2000名左右大国工匠、10000名左右省管工匠、50000名左右市管工匠。')).toEqual([
      ['力争到2035年', '2035年', 2035, 'by'],
    ]);
    // 2022-gaojineng-rencai p1: 到“十四五”时期末，高技能人才制度政策更加健全…
    expect(brief('到“十四五”时期末，高技能人才制度政策更加健全、培养体系更加完善。')).toEqual([
      ['到“十四五”时期末', '“十四五”时期末', 2025, 'by'],
    ]);
    // 2025-shiwuwu-jianyi: the year in Chinese numerals.
    expect(brief('到二〇三五年实现我国经济实力、科技实力大幅跃升。')).toEqual([['到二〇三五年', '二〇三五年', 2035, 'by']]);
    // A news item of 2024: 年内 is the year of the text.
    expect(brief('要在年内提前下达明年1000亿元中央预算内投资计划。', 2024)).toEqual([['年内', '年内', 2024, 'within-year']]);
  });

  it('reads the tricky shapes: vision years, …前, plan periods, and leaves durations and past dates alone', () => {
    expect(brief('今年将安排1000亿元。今年1月启动。', 2024)).toEqual([['今年', '今年', 2024, 'within-year']]);
    expect(brief('展望2035年远景目标，基本实现社会主义现代化。')).toEqual([['2035年远景目标', '2035年', 2035, 'vision']]);
    expect(brief('2027年底前完成改造，力争到本世纪中叶建成。')).toEqual([
      ['2027年底前', '2027年底', 2027, 'before'],
      ['力争到本世纪中叶', '本世纪中叶', 2050, 'by'],
    ]);
    expect(deadlinesIn('到“十五五”末基本建成。')[0]).toMatchObject({ year: 2030, approximate: true });
    // 五年内 and 3年内 are durations; 今年1月, 2月11日 and 第十五个五年 set nothing.
    expect(brief('五年内完成，3年内见效，今年1月启动，2月11日召开，第十五个五年规划。', 2025)).toEqual([]);
    // Without the document's year, 年内 is still found but falls in no year.
    expect(deadlinesIn('年内完成。')[0]).toMatchObject({ year: null });
  });

  it('leaves 第十五个五年 out of the figures too', () => {
    expect(quantitiesIn('制定国民经济和社会发展第十五个五年规划，到2035年。')).toEqual([]);
  });

  it('keeps each deadline at the span it reports', () => {
    const text = '确保2026年前出台，力争到2030年达到60%以上，年内启动。';
    for (const d of deadlinesIn(text, 2025)) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});

describe('extractTargets', () => {
  const model = siteModel(FIXTURE_CORPUS);
  const rows = extractTargets({ corpus: model.corpus, units: model.units, actors: model.actors, quantities: model.quantities.quantities });

  it('takes the sentences that set a deadline or a target figure, and not reports of what was done', () => {
    expect(rows.map((r) => r.id)).toEqual([
      '2023-gongjiang-peiyang#m2-s2',
      '2024-jineng-tisheng#p1-s2',
      '2024-jineng-tisheng#m3-s2',
      '2024-ndrc-equipment-renewal#s7',
    ]);
    // 900余项 and 300余项 of the patents report (已获专利…) are figures on /figures/, not targets.
    expect(rows.some((r) => r.item === '2024-transport-pilot-patents')).toBe(false);
  });

  it('carries the figures, the deadline, the year and the responsible actors of each', () => {
    const masters = rows.find((r) => r.id === '2024-jineng-tisheng#p1-s2')!;
    expect(masters.quantities.map((q) => q.text)).toEqual(['1000名左右', '5000名左右', '20000名左右']);
    expect(masters.deadlines.map((d) => d.when)).toEqual(['2030年']);
    expect(masters.year).toBe(2030);
    for (const r of rows) {
      for (const q of r.quantities) expect(r.text.slice(q.start, q.end)).toBe(q.text);
      for (const d of r.deadlines) expect(r.text.slice(d.start, d.end)).toBe(d.text);
    }
    // 企业按规定足额提取…确保60%以上用于一线职工教育和培训: the lead named in the sentence, not the
    // workers it serves (beneficiary).
    expect(rows.find((r) => r.id === '2024-jineng-tisheng#m3-s2')!.actors).toEqual([
      { id: 'enterprises', name: '企业', role: 'lead', basis: 'explicit', inSentence: true },
    ]);
    // 2023 (二): the sentence names no one; the measure's lead (implied) answers for it.
    expect(rows.find((r) => r.id === '2023-gongjiang-peiyang#m2-s2')!.actors).toMatchObject([
      { id: 'hrss', basis: 'implied', inSentence: false },
    ]);
    // 今年将安排1000亿元…: 今年 followed by 将 sets this year (the interview's, 2024).
    expect(rows.find((r) => r.id === '2024-ndrc-equipment-renewal#s7')!.year).toBe(2024);
  });

  it('orders the timeline by year, rows without a year last', () => {
    const years = targetTimeline(rows).map((g) => g.year);
    expect(years.at(-1) === null || years.every((y) => y !== null)).toBe(true);
    const dated = years.filter((y): y is number => y !== null);
    expect(dated).toEqual([...dated].sort((a, b) => a - b));
  });

  it('writes one CSV row per deadline and figure, offsets into the sentence', () => {
    const [header, ...body] = parseCsv(targetsCsv(rows));
    const col = (row: string[], name: string) => row[header!.indexOf(name)]!;
    expect(header).toContain('actor_basis');
    expect(body).toHaveLength(rows.reduce((n, r) => n + r.deadlines.length + r.quantities.length, 0));
    for (const row of body) expect(col(row, 'sentence').slice(Number(col(row, 'start')), Number(col(row, 'end')))).toBe(col(row, 'text'));
    const masters = body.filter((row) => col(row, 'sentence_id') === 'p1-s2');
    expect(
      masters.map((row) => [col(row, 'kind'), col(row, 'text'), col(row, 'year'), col(row, 'value'), col(row, 'unit_of_measure')]),
    ).toEqual([
      ['deadline', '到2030年', '2030', '', ''],
      ['quantity', '1000名左右', '2030', '1000', '名'],
      ['quantity', '5000名左右', '2030', '5000', '名'],
      ['quantity', '20000名左右', '2030', '20000', '名'],
    ]);
  });
});

describe('targetsView', () => {
  const model = siteModel(FIXTURE_CORPUS);
  const rows = extractTargets({ corpus: model.corpus, units: model.units, actors: model.actors, quantities: model.quantities.quantities });

  it('marks every deadline and figure without changing a character of the sentence', () => {
    for (const r of rows) {
      const runs = targetRuns(r);
      expect(runs.map((x) => x.text).join('')).toBe(r.text);
      expect(runs.filter((x) => x.mark === 'deadline').map((x) => x.text)).toEqual(r.deadlines.map((d) => d.text));
      expect(runs.filter((x) => x.mark === 'quantity').map((x) => x.text)).toEqual(r.quantities.map((q) => q.text));
    }
  });

  it('says where a machine or inferred actor comes from', () => {
    const view = targetsView(rows, model.corpus);
    const row = view.rows.find((r) => r.anchor === 't-2023-gongjiang-peiyang-m2-s2')!;
    expect(row.actors[0]).toMatchObject({ url: '/actors/hrss/', note: '牵头·本条·推断' });
    expect(view.documents.map((d) => d.count).reduce((a, b) => a + b)).toBe(rows.length);
  });
});
