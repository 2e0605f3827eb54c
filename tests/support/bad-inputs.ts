// The bad-input catalogue, shared by its test (tests/unit/bad-input.test.ts) and its command
// (`npm run bad-inputs`, scripts/bad-inputs.ts): every directory under tests/fixtures/bad/ is a
// content directory with an expect.yaml saying what it is and either the exact errors the checks
// must print (file:line:col: message for a problem in a source, file:line: message for one in
// YAML or in the bytes; paths relative to the case) or what a correct reading of it looks like.
// A case is run by observing it in the same shape as its expectation, so the test compares the
// two and the command prints them side by side.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { readItems } from '../../src/lib/content/items.ts';
import { buildCorpus } from '../../src/lib/corpus.ts';
import { toChineseNumeral } from '../../src/lib/numerals.ts';
import { MAX_MEASURE_SENTENCES } from '../../src/lib/parse/guards.ts';
import { contentProblems } from '../../src/lib/site/read.ts';

export const CATALOGUE = 'tests/fixtures/bad';
/** The day every case is judged on (POLICY_READER_TODAY), so "after today" does not drift. */
export const CATALOGUE_TODAY = '2025-06-01';

const Shape = z.enum([
  /** sources/doc.txt of `bytes`: a valid opinion of 999 measures, every sentence different. */
  'document',
  /** sources/doc.txt of `bytes`: one sentence repeated, for a source refused before it is read. */
  'filler',
  /** sources/doc.txt: measures (一) to (一千九百九十九), past what the parser numbers. */
  'past-999',
  /** sources/doc.txt: one measure of more sentences than a measure may hold. */
  'long-measure',
  /** sources/doc.txt: a notice issuing a scheme one of whose measures holds more sentences than a measure may. */
  'long-issued-measure',
  /** sources/doc.txt: a short opinion followed by `bytes` blank lines, past the line limit. */
  'blank-lines',
  /** items/doc.yaml of `bytes`, its summary padded. */
  'big-item',
  /** glossary.yaml of `bytes`, one term's definition padded. */
  'big-annotation',
  /** sources/doc.txt is a link to a file outside the content directory. */
  'link-source-out',
  /** sources/ is a link to a folder outside the content directory. */
  'link-sources-folder-out',
  /** items/doc.yaml is a link to a file outside the content directory. */
  'link-item-out',
  /** glossary.yaml is a link to a file outside the content directory. */
  'link-annotation-out',
  /** sources/doc.txt is a link to another file of the content directory (sources/real.txt). */
  'link-source-inside',
  /** sources/doc.txt: a measure of one sentence of about `bytes` bytes (no full stop till its end), within the size limit. */
  'long-sentence',
  /** items/zz.yaml is a FIFO (named pipe): opening it would wait for a writer for ever. */
  'fifo-item',
  /** sources/doc.txt is a FIFO. */
  'fifo-source',
  /** actor-tags/doc.yaml is a FIFO. */
  'fifo-actor-tags',
  /** items/zz.yaml is a Unix socket. */
  'socket-item',
]);

export const Expect = z
  .strictObject({
    what: z.string().min(10),
    /** Inputs too large, or not possible (links), to check in: written by the run. */
    generate: z.strictObject({ shape: Shape, bytes: z.number().int().positive().optional() }).optional(),
    errors: z.array(z.string()).min(1).optional(),
    ok: z
      .strictObject({
        title: z.string().optional(),
        dateLine: z.string().optional(),
        parts: z.number().int().optional(),
        measures: z.number().int().optional(),
        sentences: z.record(z.string(), z.string()).optional(),
        /** The document's list of units, each as `id label` (第一节 a section of its chapter, 第十条之一 its own article). */
        units: z.array(z.string()).optional(),
        /** The doubts recorded on the document, `line: reason` (shown with it, never stopping the build). */
        doubts: z.array(z.string()).optional(),
        /** The checks' time budget; observed as the budget when met, as the time taken when not. */
        seconds: z.number().optional(),
      })
      .optional(),
  })
  .refine((e) => Boolean(e.errors) !== Boolean(e.ok), 'give either errors or ok');
export type Expectation = z.infer<typeof Expect>;

export interface Case {
  name: string;
  /** The content directory to read: the case's own, or a temporary copy with its generated inputs. */
  dir: string;
  expect: Expectation;
}

/** What a case is observed to do, in the shape of its expectation. */
export type Observation = { errors: string[] } | { ok: NonNullable<Expectation['ok']> & { stray?: string[] } };

/** Every case of the catalogue, in name order, with its generated inputs written. */
export function loadCases(): Case[] {
  return readdirSync(CATALOGUE, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const expectation = Expect.parse(parse(readFileSync(join(CATALOGUE, name, 'expect.yaml'), 'utf8')));
      return { name, dir: materialise(name, expectation), expect: expectation };
    });
}

/** Removes the temporary copies of the generated cases (a few megabytes each). */
export function removeGenerated(cases: Case[]): void {
  for (const c of cases) if (c.expect.generate) rmSync(dirname(c.dir), { recursive: true, force: true });
}

/** The expectation in the shape an observation takes. */
export function expected(c: Case): Observation {
  return c.expect.errors ? { errors: c.expect.errors } : { ok: c.expect.ok! };
}

/** Runs the checks on a case (and, when it should build, reads its first document). */
export function observe(c: Case): Observation {
  return withToday(() => {
    const started = performance.now();
    const errors = relativeTo(c.dir, contentProblems(c.dir));
    const seconds = (performance.now() - started) / 1000;
    if (errors.length || c.expect.errors) return { errors };
    const want = c.expect.ok!;
    const doc = buildCorpus(readItems(c.dir)).documents[0]!;
    const texts = Object.fromEntries(doc.sentences.map((s) => [s.id, s.text]));
    const got: NonNullable<Expectation['ok']> & { stray?: string[] } = {};
    if (want.title !== undefined) got.title = doc.outline.printedTitle.text;
    if (want.dateLine !== undefined) got.dateLine = doc.outline.dateLine?.date ?? '(none)';
    if (want.parts !== undefined) got.parts = doc.outline.parts.length;
    if (want.measures !== undefined) got.measures = doc.measures.length;
    if (want.doubts !== undefined) got.doubts = (doc.root.data.anomalies ?? []).map((a) => `${a.line}: ${a.reason}`);
    if (want.units) got.units = doc.units.list.map((u) => `${u.id} ${u.label}`);
    if (want.sentences) got.sentences = Object.fromEntries(Object.keys(want.sentences).map((id) => [id, texts[id] ?? '(none)']));
    if (want.seconds !== undefined) got.seconds = seconds <= want.seconds ? want.seconds : Number(seconds.toFixed(1));
    // No case may leave a carriage return or byte-order mark in a sentence.
    const stray = doc.sentences.filter((s) => /[\r\uFEFF]/.test(s.text)).map((s) => s.id);
    if (stray.length) got.stray = stray;
    return { ok: got };
  });
}

/** Runs `step` with today fixed at CATALOGUE_TODAY, restoring what was there. */
export function withToday<T>(step: () => T): T {
  const before = process.env.POLICY_READER_TODAY;
  process.env.POLICY_READER_TODAY = CATALOGUE_TODAY;
  try {
    return step();
  } finally {
    if (before === undefined) delete process.env.POLICY_READER_TODAY;
    else process.env.POLICY_READER_TODAY = before;
  }
}

/** Error lines with the case's own directory taken off the paths. */
export const relativeTo = (dir: string, lines: string[]) => lines.map((l) => l.replaceAll(`${relative(process.cwd(), resolve(dir))}/`, ''));

/** The case's content directory; for a generated case, a temporary copy with its inputs written. */
function materialise(name: string, e: Expectation): string {
  const dir = join(CATALOGUE, name);
  if (!e.generate) return dir;
  const scratch = mkdtempSync(join(tmpdir(), 'bad-'));
  const copy = join(scratch, name);
  cpSync(dir, copy, { recursive: true });
  const outside = join(scratch, 'outside');
  mkdirSync(outside);
  const secret = `测试文件\n\n一、总体\n\n(一)这一行在内容目录之外，不得发布。\n`;
  const { shape, bytes = 0 } = e.generate;
  const write = (path: string, text: string | Buffer) => {
    mkdirSync(join(copy, path, '..'), { recursive: true });
    writeFileSync(join(copy, path), text);
  };
  const link = (path: string, target: string) => {
    mkdirSync(join(copy, path, '..'), { recursive: true });
    rmSync(join(copy, path), { recursive: true, force: true });
    symlinkSync(target, join(copy, path));
  };
  /** A FIFO (mkfifo(1): Node has no call for it) or a Unix socket (python3, bound and left) at `path`. */
  const special = (path: string, kind: 'fifo' | 'socket') => {
    mkdirSync(join(copy, path, '..'), { recursive: true });
    rmSync(join(copy, path), { recursive: true, force: true });
    const made =
      kind === 'fifo'
        ? spawnSync('mkfifo', [join(copy, path)])
        : spawnSync('python3', ['-c', 'import socket,sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])', join(copy, path)]);
    if (made.status !== 0) throw new Error(`could not make a ${kind} at ${path}: ${made.stderr}`);
  };
  switch (shape) {
    case 'document':
    case 'filler':
      write('sources/doc.txt', generateSource(bytes, shape));
      break;
    case 'past-999':
      write('sources/doc.txt', pastNineNineNine());
      break;
    case 'long-measure':
      write('sources/doc.txt', `测试文件\n\n一、总体\n\n(一)措施。${'推进改革。'.repeat(MAX_MEASURE_SENTENCES)}\n`);
      break;
    case 'long-issued-measure':
      write(
        'sources/doc.txt',
        `关于印发测试方案的通知\n各单位：\n现将《测试方案》印发给你们，请认真贯彻执行。\n测试办公室\n2025年1月2日\n测试方案\n一、总体\n（一）措施。${'推进改革。'.repeat(MAX_MEASURE_SENTENCES)}\n`,
      );
      break;
    case 'blank-lines':
      write('sources/doc.txt', `测试文件\n\n一、总体\n\n(一)甲。\n${'\n'.repeat(bytes)}`);
      break;
    case 'big-item':
      write('items/doc.yaml', padded(readFileSync(join(dir, 'items', 'doc.yaml'), 'utf8'), 'summary', bytes));
      break;
    case 'big-annotation':
      write('glossary.yaml', padded(readFileSync(join(dir, 'glossary.yaml'), 'utf8'), '  definition', bytes));
      break;
    case 'link-source-out':
      writeFileSync(join(outside, 'doc.txt'), secret);
      link('sources/doc.txt', join(outside, 'doc.txt'));
      break;
    case 'link-sources-folder-out':
      writeFileSync(join(outside, 'doc.txt'), secret);
      link('sources', outside);
      break;
    case 'link-item-out':
      writeFileSync(join(outside, 'doc.yaml'), OUTSIDE_ITEM);
      link('items/doc.yaml', join(outside, 'doc.yaml'));
      break;
    case 'link-annotation-out':
      writeFileSync(join(outside, 'glossary.yaml'), readFileSync(join(dir, 'glossary.yaml')));
      link('glossary.yaml', join(outside, 'glossary.yaml'));
      break;
    case 'link-source-inside':
      link('sources/doc.txt', 'real.txt');
      break;
    case 'long-sentence':
      write('sources/doc.txt', `测试文件\n\n一、总体\n\n（一）${'推进改革，完善体系'.repeat(Math.floor(bytes / 27))}。\n\n（二）乙。\n`);
      break;
    case 'fifo-item':
      special('items/zz.yaml', 'fifo');
      break;
    case 'fifo-source':
      special('sources/doc.txt', 'fifo');
      break;
    case 'fifo-actor-tags':
      special('actor-tags/doc.yaml', 'fifo');
      break;
    case 'socket-item':
      special('items/zz.yaml', 'socket');
      break;
  }
  return copy;
}

/** The item file a link points to from outside the content directory. */
const OUTSIDE_ITEM =
  'id: test-doc\nkind: opinion\nsource: doc.txt\nbegins: 测试文件\ntitle: 测试文件\nissuers: [测试机关]\npublished: "2025-01-01"\npublisher: 测试\n';

/** A YAML file of exactly `bytes`, the value of `key` (a plain scalar on one line) padded. */
function padded(yaml: string, key: string, bytes: number): string {
  const line = yaml.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  if (line < 0) throw new Error(`no ${key}: line to pad`);
  const lines = yaml.split('\n');
  const room = bytes - Buffer.byteLength(yaml);
  lines[line] += '甲'.repeat(Math.floor(room / 3)) + 'a'.repeat(room % 3);
  return lines.join('\n');
}

/** An opinion numbered (一) to (一千九百九十九): every label past 999 is one the parser does not read. */
function pastNineNineNine(): string {
  const label = (n: number) =>
    n < 1000 ? toChineseNumeral(n) : `一千${n === 1000 ? '' : `${n % 1000 < 100 ? '零' : ''}${toChineseNumeral(n % 1000)}`}`;
  const lines = ['测试文件', '一、总体'];
  for (let n = 1; n < 2000; n++) lines.push(`(${label(n)})措施${n}。`);
  return `${lines.join('\n\n')}\n`;
}

/**
 * A source of exactly `bytes` bytes, padded with blank lines. `document`: a valid opinion of 999
 * measures, every sentence different (numbered), to fill the size; `filler`: the same shape with
 * one sentence repeated, for sources refused before they are read.
 */
function generateSource(bytes: number, shape: 'document' | 'filler'): Buffer {
  const lines = ['测试文件', '一、总体'];
  if (shape === 'document') {
    const sentence = (n: number, j: number) => `第${n}项第${j}句推进改革，完善体系。`;
    const reps = Math.max(1, Math.floor((bytes * 0.97) / 999 / Buffer.byteLength(sentence(500, 50))));
    for (let n = 1; n <= 999; n++) {
      lines.push(`(${toChineseNumeral(n)})措施${n}。${Array.from({ length: reps }, (_, j) => sentence(n, j + 1)).join('')}`);
    }
  } else {
    const sentence = '推进产业工人队伍建设改革，完善技能形成体系。';
    for (let n = 1; Buffer.byteLength(lines.join('\n\n')) < bytes - 64 * 1024; n++) {
      lines.push(`(${toChineseNumeral(((n - 1) % 999) + 1)})措施${n}。${sentence.repeat(100)}`);
    }
  }
  const text = Buffer.from(`${lines.join('\n\n')}\n`);
  if (text.length > bytes) throw new Error(`generated ${text.length} bytes, more than ${bytes}`);
  return Buffer.concat([text, Buffer.alloc(bytes - text.length, '\n')]);
}
