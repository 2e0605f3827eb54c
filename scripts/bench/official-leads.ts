// The official leads the machine finds: on the real documents of a corpus folder (../shared/corpus
// by default: txt/*.txt), those whose measures print responsibility notes, how many leads the notes
// name and how many of them the machine's actor tags, run on the measure's text without its notes,
// name as the lead (and in any role). The files go through ingest as `npm run ingest` takes them
// (src/lib/ingest/batch.ts, with the folder's metadata table), are read back as the build reads
// them, and are measured by
// src/lib/actors/lead-agreement.ts. Figures only: nothing here is a target.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { type LeadAgreement, leadAgreement } from '../../src/lib/actors/lead-agreement.ts';
import type { ActorRegistry } from '../../src/lib/actors/schema.ts';
import { buildCorpus } from '../../src/lib/corpus.ts';
import { readItems } from '../../src/lib/content/items.ts';
import { ingestFiles } from '../../src/lib/ingest/batch.ts';
import { findTable, readTable } from '../../src/lib/ingest/sidecar.ts';
import { isResponsibilityNote } from '../../src/lib/parse/responsibility.ts';

export interface OfficialLeadsRun {
  /** The .txt files read. */
  files: number;
  /**
   * The files ingest refuses (a title with no kind word, a text the parser cannot read), each
   * with whether it holds a bracket the note reader takes for a note: a refusal only matters then.
   */
  refused: Array<{ name: string; notes: boolean }>;
  /** One row per document with notes. */
  rows: LeadAgreement[];
  /**
   * Documents parsed whose text holds brackets the note reader takes for notes but whose tree marks
   * none (the parser read them as part of something else, a heading), with how many brackets.
   */
  unread: Array<{ name: string; brackets: number }>;
}

/** The bracketed runs of a text the parser's note reader takes for responsibility notes. */
const noteBrackets = (text: string) => [...text.matchAll(/（[^（）\n]+）/gu)].filter((m) => isResponsibilityNote(m[0])).length;

/**
 * Ingests every .txt of `<corpus>/txt` as `npm run ingest` does (with the metadata table that comes
 * with them, into a scratch content folder), reads what it wrote as the build reads it, and
 * measures the documents with notes against `registry`.
 */
export function measureOfficialLeads(corpus: string, registry: ActorRegistry): OfficialLeadsRun {
  const dir = join(corpus, 'txt');
  if (!existsSync(dir)) throw new Error(`no folder ${dir}: give --notes-corpus=<folder holding txt/>`);
  const files = readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => join(dir, n));
  const found = findTable([dir]);
  const scratch = mkdtempSync(join(tmpdir(), 'official-leads-'));
  try {
    const results = ingestFiles(files, {}, scratch, found ? readTable(found.path) : null);
    const refused = results
      .filter((r) => r.status !== 'written')
      .map((r) => ({ name: basename(r.path), notes: noteBrackets(readFileSync(r.path, 'utf8')) > 0 }));
    const rows: LeadAgreement[] = [];
    const unread: OfficialLeadsRun['unread'] = [];
    for (const doc of buildCorpus(readItems(scratch)).documents) {
      const row = leadAgreement(doc, registry);
      const brackets = noteBrackets(readFileSync(doc.sourceFile, 'utf8'));
      if (row.units + row.outside > 0) rows.push(row);
      else if (brackets > 0) unread.push({ name: basename(doc.sourceFile), brackets });
    }
    return { files: files.length, refused, rows, unread };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const share = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : '—');

/** The run as Markdown: a row per document, then the totals, each figure with what it means. */
export function officialLeadsSection(
  run: OfficialLeadsRun,
  corpus: string,
  table: (head: string[], rows: Array<Array<string | number>>) => string,
): string[] {
  const sum = (k: keyof Omit<LeadAgreement, 'doc'>) => run.rows.reduce((n, r) => n + r[k], 0);
  const [units, carried, leads, machineLead, machineAny, outside] = [
    sum('units'),
    sum('carried'),
    sum('leads'),
    sum('machineLead'),
    sum('machineAny'),
    sum('outside'),
  ];
  const withNotes = run.refused.filter((r) => r.notes).map((r) => r.name);
  return [
    '### Official leads the machine finds',
    `The documents of \`${corpus}\` that print responsibility notes (（…按职责分工负责。列第一位者为牵头单位，下同）), parsed as the build parses them. For each measure a note covers (its own, or one carried over by 下同), the lead the note names; then whether the machine's actor tags, run on the measure's text **without its notes**, name that body as the lead, or in any role. The matcher is the registry's aliases (\`content/actors.yaml\`) **plus every note body as an alias of its own**, so a body the registry lacks can be found at all: the figures measure the machine's reading of roles, not the registry's coverage.`,
    table(
      [
        'document',
        'measures with a note',
        'of them carried (下同)',
        'official leads',
        'machine: as lead',
        'machine: any role',
        'bodies added as aliases',
        'notes outside any measure (not measured)',
      ],
      run.rows.map((r) => [r.doc, r.units, r.carried, r.leads, r.machineLead, r.machineAny, r.addedAliases, r.outside]),
    ),
    [
      `- ${run.files} files read; ${run.refused.length} refused by ingest (${withNotes.length ? `holding a note: ${withNotes.join(', ')}` : 'none of them holds a bracket the note reader reads as a note'}); ${run.rows.length} documents with notes.`,
      ...(run.unread.length
        ? [
            `- Parsed, but no sentence of the tree is a note, though the text holds brackets the note reader reads as notes (so not measured): ${run.unread.map((u) => `${u.name} (${u.brackets})`).join(', ')}.`,
          ]
        : []),
      `- ${units} measures with a note (${carried} by a carried note); ${leads} official leads (a note of only 指导 or 参与 names none); ${outside} notes stand in a part's own text, outside any measure, and tag nothing (actor tags are on measures, articles and points).`,
      `- The machine named ${machineLead} of the ${leads} official leads as the lead (${share(machineLead, leads)}), and ${machineAny} in any role (${share(machineAny, leads)}).`,
    ].join('\n'),
  ];
}
