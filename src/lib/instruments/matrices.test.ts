import { describe, expect, it } from 'vitest';
import { FIXTURE_CORPUS, siteModel } from '../../../tests/support/site.ts';
import { actorInstrumentMatrix, instrumentPartMatrix, instrumentSummary } from './matrices.ts';
import { CHART_WIDTH } from './pages.ts';
import { coverageOf, documentInstrumentOptions, instrumentChartSvg, instrumentChips } from './views.ts';

const model = siteModel(FIXTURE_CORPUS);
const { instruments, actors, corpus } = model;
const doc = corpus.documents.find((d) => d.id === '2024-jineng-tisheng')!;
const rowOf = (m: ReturnType<typeof instrumentPartMatrix>, id: string) => m.groups.flatMap((g) => g.rows).find((r) => r.id === id)!;

describe('instrument × part', () => {
  const matrix = instrumentPartMatrix(instruments, doc);

  it('has a column per part with codable text (the preamble its own) and a row per instrument, grouped by type', () => {
    expect(matrix.columns.map((c) => c.id)).toEqual(['preamble', 'p1', 'p2', 'p3', 'p4', 'p5']);
    expect(matrix.columns[0]).toMatchObject({ label: '前言', href: '/documents/2024-jineng-tisheng/#preamble' });
    expect(matrix.columns[1]).toMatchObject({ label: '一、总体要求', href: '/documents/2024-jineng-tisheng/#p1' });
    expect(matrix.groups.map((g) => [g.label, g.rows.length])).toEqual([
      ['供给型', 3],
      ['环境型', 3],
      ['需求型', 2],
    ]);
  });

  it('counts the coded sentences of each part and links every one', () => {
    // 三、: m4-s2, m5-s4, m5-s5, m6-s2, m6-s3, m6-s4 (m6-s4 has two cues: one sentence).
    const cell = rowOf(matrix, 'i-regulation').cells[3]!;
    expect(cell.count).toBe(6);
    expect(cell.links.map((l) => l.label)).toEqual(['4.2', '5.4', '5.5', '6.2', '6.3', '6.4']);
    expect(cell.links[5]).toMatchObject({
      href: '/documents/2024-jineng-tisheng/m6/#m6-s4',
      title: expect.stringContaining('“执法”“依法”'),
    });
    expect(rowOf(matrix, 'i-regulation').total).toBe(rowOf(matrix, 'i-regulation').cells.reduce((n, c) => n + c.count, 0));
  });

  it('labels a part text sentence as 正文 and leaves out what a hand vetoed', () => {
    expect(rowOf(matrix, 'i-goal-planning').cells[1]!.links.map((l) => [l.label, l.href])).toEqual([
      ['正文2', '/documents/2024-jineng-tisheng/#p1-s2'],
    ]);
    expect(rowOf(matrix, 'i-demonstration').total).toBe(0); // m9's 示范 is vetoed
    expect(rowOf(matrix, 'i-technical-support').cells[4]!.links.map((l) => l.label)).toEqual(['8.2']); // added by hand
  });
});

describe('instrument × document', () => {
  const count = (d: string, instrument: string) =>
    instruments
      .unitsOf(d)
      .flatMap((u) => u.codes)
      .filter((c) => c.instrument === instrument).length;

  it('sums each instrument over the documents and names the documents that use it most, linking their row', () => {
    const summary = instrumentSummary(instruments, corpus.documents);
    expect(summary.map((s) => s.id)).toEqual(instruments.list.map((i) => `i-${i.id}`));
    const talent = summary.find((s) => s.id === 'i-talent-training')!;
    const counts = corpus.documents.map((d) => count(d.id, 'talent-training'));
    expect(talent.sentences).toBe(counts.reduce((n, c) => n + c, 0));
    expect(talent.documents).toBe(counts.filter((c) => c > 0).length);
    // Most first; each link leads to the instrument's row on the document's page.
    const top = corpus.documents
      .filter((d) => count(d.id, 'talent-training') > 0)
      .sort((x, y) => count(y.id, 'talent-training') - count(x.id, 'talent-training'));
    expect(talent.top.map((l) => l.href)).toEqual(top.map((d) => `/instruments/${d.id}/#i-talent-training`));
    expect(talent.top[0]!.label).toMatch(new RegExp(`（${count(top[0]!.id, 'talent-training')}句）$`));
  });

  it('keeps to the given number of documents and lists none for an instrument no document uses', () => {
    const summary = instrumentSummary(instruments, corpus.documents, 1);
    for (const s of summary) expect(s.top.length).toBe(Math.min(1, s.documents));
    const unused = summary.find((s) => s.sentences === 0);
    if (unused) expect(unused.top).toEqual([]);
  });
});

describe('actor × instrument', () => {
  const matrix = actorInstrumentMatrix(instruments, actors, [doc]);
  const row = (actor: string) => matrix.groups.flatMap((g) => g.rows).find((r) => r.href === `/actors/${actor}/`);
  const cell = (actor: string, instrument: string) => row(actor)!.cells[matrix.columns.findIndex((c) => c.id === instrument)]!;

  it('crosses the measures an actor is responsible for with their instruments', () => {
    // 企业 leads m2–m5; each has a regulation code.
    expect(cell('enterprises', 'regulation').links.map((l) => [l.label, l.href])).toEqual([
      ['2', '/documents/2024-jineng-tisheng/m2/#m2-s4'],
      ['3', '/documents/2024-jineng-tisheng/m3/#m3-s3'],
      ['4', '/documents/2024-jineng-tisheng/m4/#m4-s2'],
      ['5', '/documents/2024-jineng-tisheng/m5/#m5-s4'],
    ]);
    // 工会 leads m8 by an implied tag; its instrument was added by hand.
    expect(cell('unions', 'technical-support').links.map((l) => l.label)).toEqual(['8']);
  });

  it('leaves out actors only served by a measure, and groups column heads by type', () => {
    expect(row('workers')).toBeUndefined(); // beneficiary only
    expect(matrix.columnGroups).toEqual([
      { label: '供给型', span: 3 },
      { label: '环境型', span: 3 },
      { label: '需求型', span: 2 },
    ]);
  });

  it('only counts over several documents (the links are on each document’s page), the counts adding up', () => {
    const both = actorInstrumentMatrix(instruments, actors, corpus.documents);
    const cells = both.groups.flatMap((g) => g.rows).flatMap((r) => r.cells);
    expect(cells.some((c) => c.count > 0)).toBe(true);
    expect(cells.every((c) => c.links.length === 0)).toBe(true);
    const sum = (m: typeof both, actor: string, instrument: string) =>
      m.groups.flatMap((g) => g.rows).find((r) => r.href === `/actors/${actor}/`)?.cells[m.columns.findIndex((c) => c.id === instrument)]
        ?.count ?? 0;
    const each = corpus.documents.map((d) => actorInstrumentMatrix(instruments, actors, [d]));
    expect(sum(both, 'enterprises', 'regulation')).toBe(each.reduce((n, m) => n + sum(m, 'enterprises', 'regulation'), 0));
  });
});

describe('views', () => {
  it('makes one chip per instrument with its words and basis', () => {
    const chips = instrumentChips(instruments, instruments.unit('2024-jineng-tisheng', 'm6')!);
    expect(chips.map((c) => [c.instrument.id, c.basis, c.evidence, c.sentences])).toEqual([
      ['regulation', 'machine', ['制度', '监督', '执法', '依法'], 3],
    ]);
  });

  it('offers the instruments of a document’s measures by type', () => {
    const options = documentInstrumentOptions(instruments, '2024-jineng-tisheng');
    expect(options[0]).toMatchObject({ label: '供给型' });
    expect(options.flatMap((g) => g.options).find((o) => o.instrument.id === 'regulation')!.measures).toBe(6); // m2–m7
  });

  it('reports coverage and draws the chart with every instrument', () => {
    expect(coverageOf(instruments, '2024-jineng-tisheng')).toMatchObject({
      measures: 9,
      coded: 8,
      none: [{ reason: expect.any(String), basis: 'hand' }],
    });
    const svg = instrumentChartSvg(instruments, instruments.unitsOf('2024-jineng-tisheng'), 'c', '图');
    expect(svg.match(/<g class="bar">/g)).toHaveLength(instruments.list.length);
    expect(svg).toContain('环境型·法规管制');
  });

  it('draws a chart narrow enough for its 14 px labels to stay at 11 px or more in a phone’s 328 px column', () => {
    const svg = instrumentChartSvg(instruments, instruments.units, 'c', '图', CHART_WIDTH);
    const width = Number(/viewBox="0 0 ([\d.]+) /.exec(svg)![1]);
    const font = Number(/font-size="([\d.]+)"/.exec(svg)![1]);
    expect(font * Math.min(1, 328 / width)).toBeGreaterThanOrEqual(11);
  });
});
