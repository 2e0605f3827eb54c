// The codes the analysis exports carry (REFI-QDA, codings.csv, codebook.csv), as one list of code
// systems each with its codes and every place a code is applied. Each annotation index of the
// site model becomes a code system through an adapter here; an index added later (policy
// instruments) plugs in by giving the same shape, and both exports take it as it comes.
import {
  type Actors,
  MACHINE_LABEL,
  OFFICIAL_LABEL,
  ROLE_LABELS,
  type ResolvedTag,
  type ResolvedUnit,
  type Role,
} from '../actors/index.ts';
import { issuerId } from '../feeds/issuers.ts';
import type { GlossaryIndex } from '../glossary/glossary.ts';
import type { Instruments } from '../instruments/model.ts';

/**
 * Who made a coding: a person (a hand tag file), the machine (unreviewed, said so wherever it
 * shows), or the document itself (official: a body its responsibility note names).
 */
export type Basis = 'hand' | 'machine' | 'official';

/** One application of a code: words of a sentence or heading, or a whole unit when no words say it. */
export interface CodedSpan {
  item: string;
  /** The unit the words belong to: m14, art5, preamble, p1 (a part's own text or heading); null in a news item. */
  unit: string | null;
  /** The sentence (m14-s3, s12) or heading (p3, h1) whose words are coded; null when the coding is of the whole unit. */
  segment: string | null;
  /** [start, end) of the words in the segment's text, in UTF-16 code units as the site's indexes count; 0, 0 for a whole unit. */
  start: number;
  end: number;
  /** The coded words ('' for a whole unit). */
  quote: string;
  /** For actors: the role the tag gives. */
  role?: Role;
  basis: Basis;
  /** What the coding rests on, in the reader's words: the machine's rule and 机器标注，未经审核, or a person's rationale. */
  note: string;
}

export interface Code {
  /** ASCII id, unique within its system (an actor id, a term id, an instrument id). */
  id: string;
  name: string;
  description: string;
  /** The broader code of the same system (中央企业 → 国有企业), when there is one. */
  parent?: string;
  /** False for a category that holds codes but is not applied itself (an instrument type); true when absent. */
  codable?: boolean;
  spans: CodedSpan[];
}

export interface CodeSystem {
  /** `actor`, `term`, `instrument`: the code_type column of the CSVs. */
  id: string;
  /** 行动主体, 术语, 政策工具: the folder the codes stand in. */
  name: string;
  description: string;
  /** Parents before children, in the order the source index lists them. */
  codes: Code[];
}

const ROLE_IDS: Record<Role, string> = { lead: 'lead', participant: 'participant', beneficiary: 'beneficiary' };

/** The folder of the bodies responsibility notes name that the registry lacks (not codable itself). */
const UNREGISTERED = 'unregistered';

/**
 * Actors: one code per registry entry (nested under its parent), one span per tag. A body a
 * responsibility note names that the registry lacks is coded all the same, by its printed name,
 * in a folder of its own (its code id the name in pinyin), so no division of labour is lost and
 * none is matched to a near name.
 */
export function actorCodeSystem(actors: Actors): CodeSystem {
  const spans = new Map<string, CodedSpan[]>(actors.registry.map((a) => [a.id, []]));
  const unregistered = new Map<string, { id: string; spans: CodedSpan[] }>();
  const codeOf = (tag: ResolvedTag): CodedSpan[] => {
    if (tag.actor !== undefined) return spans.get(tag.actor)!;
    if (tag.basis !== 'official') throw new Error('only an official tag may name a body outside the registry');
    let code = unregistered.get(tag.name);
    if (!code) {
      const base = `${UNREGISTERED}-${issuerId(tag.name)}`;
      const taken = new Set([...unregistered.values()].map((c) => c.id));
      let id = base;
      for (let n = 2; taken.has(id) || spans.has(id); n++) id = `${base}-${n}`;
      unregistered.set(tag.name, (code = { id, spans: [] }));
    }
    return code.spans;
  };
  for (const unit of actors.units) {
    const news = unit.itemKind === 'news';
    for (const tag of unit.tags) {
      const role = `${ROLE_LABELS[tag.role]}（${ROLE_IDS[tag.role]}）`;
      const common = { item: unit.item, unit: news ? null : unit.id, role: tag.role };
      if (tag.basis === 'official') {
        codeOf(tag).push(officialSpan(unit, tag, role));
        continue;
      }
      if (tag.basis === 'implied') {
        const note = `${role}；人工标注：文中未点名，整条推断。理由：${tag.rationale}`;
        // A news statement is one sentence (its label is the sentence's text): the coding is of that sentence.
        if (news)
          spans
            .get(tag.actor)!
            .push({ ...common, segment: unit.id, start: 0, end: unit.label.length, quote: unit.label, basis: 'hand', note });
        else spans.get(tag.actor)!.push({ ...common, segment: null, start: 0, end: 0, quote: '', basis: 'hand', note });
        continue;
      }
      codeOf(tag).push({
        ...common,
        segment: tag.sentence,
        start: tag.start,
        end: tag.end,
        quote: tag.quote,
        basis: tag.basis === 'machine' ? 'machine' : 'hand',
        note:
          tag.basis === 'machine'
            ? `${role}；${MACHINE_LABEL}：主体名录的写法在词边界处出现，角色由前后提示词判断`
            : `${role}；人工标注：文中点名`,
      });
    }
  }
  return {
    id: 'actor',
    name: '行动主体',
    description: '谁对措施负责、参与或受益：主体名录（content/actors.yaml）的每个主体一个代码，子主体在其上级之下。',
    codes: [
      ...parentsFirst(actors.registry).map((a) => ({
        id: a.id,
        name: a.name,
        description: a.aliases.length ? `${a.description}（文中写作：${a.aliases.join('、')}）` : a.description,
        ...(a.parent ? { parent: a.parent } : {}),
        spans: spans.get(a.id)!,
      })),
      ...(unregistered.size
        ? [
            {
              id: UNREGISTERED,
              name: '文件所列、主体名录未收的单位',
              description:
                '文件括注的分工（如“按职责分工负责”）所列单位中，主体名录（content/actors.yaml）尚未收录的，按文件写法各一个代码。',
              codable: false,
              spans: [],
            },
            ...[...unregistered].map(([name, code]) => ({
              id: code.id,
              name,
              description: `${OFFICIAL_LABEL}所列单位，按文件写法“${name}”；主体名录尚未收录。`,
              parent: UNREGISTERED,
              spans: code.spans,
            })),
          ]
        : []),
    ],
  };
}

/**
 * A body of a responsibility note: its printed name in the note, or, for a note carried over
 * (下同) from another measure, the whole unit it covers (the words are not in it), as an implied
 * tag is coded.
 */
function officialSpan(unit: ResolvedUnit, tag: ResolvedTag & { basis: 'official' }, role: string): CodedSpan {
  const common = { item: unit.item, unit: unit.id, role: tag.role, basis: 'official' as const };
  if (tag.carriedFrom !== undefined)
    return {
      ...common,
      segment: null,
      start: 0,
      end: 0,
      quote: '',
      note: `${role}；${OFFICIAL_LABEL}：沿用前文括注（${tag.sentence}，下同），本条未另列分工`,
    };
  return {
    ...common,
    segment: tag.sentence,
    start: tag.start,
    end: tag.end,
    quote: tag.quote,
    note: `${role}；${OFFICIAL_LABEL}：文件括注的分工列明此单位${tag.role === 'lead' ? '，为牵头单位' : ''}`,
  };
}

/** Glossary terms: one code per term, one span per mention the machine found in a sentence or heading. */
export function glossaryCodeSystem(glossary: GlossaryIndex): CodeSystem {
  return {
    id: 'term',
    name: '术语',
    description: '术语表（content/glossary.yaml）的每个术语一个代码；用例是机器按术语表的词形在词边界处找到的，逐处未经审核。',
    codes: glossary.terms.map((t) => ({
      id: t.id,
      name: t.term,
      description: `${t.definition}（英文：${t.english}；出处：${t.source}）`,
      spans: glossary.mentionsOf(t.id).map((m) => ({
        item: m.item,
        // A mention's scope is its unit (item#m14), a heading itself (item#p3), or a whole news item (item).
        unit: m.scope.includes('#') ? m.scope.slice(m.scope.indexOf('#') + 1) : null,
        segment: m.segment,
        start: m.start,
        end: m.end,
        quote: m.form,
        basis: 'machine',
        note: `${MACHINE_LABEL}：术语表的词形“${m.form}”在词边界处出现`,
      })),
    })),
  };
}

/**
 * Policy instruments: each type a category (not codable itself) holding its instruments; one span
 * per piece of evidence of a code: the cue word the machine found, or the words a person quoted.
 */
export function instrumentCodeSystem(instruments: Instruments): CodeSystem {
  const spans = new Map<string, CodedSpan[]>(instruments.list.map((i) => [i.id, []]));
  for (const unit of instruments.units) {
    for (const code of unit.codes) {
      for (const e of code.evidence) {
        spans.get(code.instrument)!.push({
          item: unit.item,
          unit: unit.id,
          segment: code.sentence,
          start: e.start,
          end: e.end,
          quote: e.quote,
          basis: code.basis,
          // A hand code is a machine suggestion a person confirmed, or words a person added: reviewed either way.
          note: code.basis === 'machine' ? `${MACHINE_LABEL}：码本的提示词“${e.quote}”在词边界处出现` : '人工标注：编者审核过的编码',
        });
      }
    }
  }
  const { codebook } = instruments;
  return {
    id: 'instrument',
    name: '政策工具',
    description: `政策工具码本（content/instruments.yaml）：类型之下各政策工具一个代码。${codebook.source}`,
    codes: codebook.types.flatMap((type) => [
      { id: type.id, name: type.name, description: type.definition, codable: false, spans: [] },
      ...type.instruments.map((i) => ({
        id: i.id,
        name: i.name,
        description: `${i.definition}（提示词：${i.cues.join('、')}）`,
        parent: type.id,
        spans: spans.get(i.id)!,
      })),
    ]),
  };
}

/** Registry order, except that a child never comes before its parent (a folder must exist before what it holds). */
function parentsFirst<T extends { id: string; parent?: string | undefined }>(list: readonly T[]): T[] {
  const byId = new Map(list.map((x) => [x.id, x]));
  const out: T[] = [];
  const placed = new Set<string>();
  const place = (x: T) => {
    if (placed.has(x.id)) return;
    placed.add(x.id);
    const parent = x.parent === undefined ? undefined : byId.get(x.parent);
    if (parent) place(parent);
    out.push(x);
  };
  list.forEach(place);
  return out;
}
