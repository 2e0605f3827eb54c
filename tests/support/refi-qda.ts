// Reading a .qdpx back as an importing program would, for the unit tests and the browser-less
// checks of the built site: unzip it, validate project.qde against the REFI-QDA schema with
// libxml2's xmllint (the validator QualCoder's lxml is built on), and read every
// PlainTextSelection off its source text by code points.
import { resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { xsdProblems as validate } from './xsd.ts';

/** The schema as published with the specification (QDA-XML 1.0, 18 March 2019; see the README beside it). */
export const PROJECT_XSD = resolve('tests/fixtures/refi-qda/Project-mrt2019.xsd');

export interface ReadSelection {
  source: string;
  sourceName: string;
  start: number;
  end: number;
  /** The characters [start, end) of the source text, counted in code points. */
  text: string;
  name: string;
  description: string;
  codes: string[];
}

export interface ReadProject {
  qde: string;
  /** Path inside the zip → its text (UTF-8). */
  files: Map<string, string>;
  /** The zip's entry names in order. */
  entries: string[];
  /** The parsed project element. */
  project: Record<string, unknown>;
  sources: Array<{ guid: string; name: string; path: string; text: string; variables: Map<string, string> }>;
  selections: ReadSelection[];
  /** Code GUID → its name and whether it is codable. */
  codes: Map<string, { name: string; codable: boolean; parent: string | null }>;
}

const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
type Node = Record<string, unknown>;

export function readQdpx(bytes: Uint8Array): ReadProject {
  const zip = unzipSync(bytes);
  const entries = Object.keys(zip);
  const files = new Map(entries.map((name) => [name, strFromU8(zip[name]!)]));
  const qde = files.get('project.qde');
  if (qde === undefined) throw new Error(`no project.qde in the zip (${entries.join(', ')})`);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, trimValues: false });
  const project = parser.parse(qde).Project as Node;
  const codes = new Map<string, { name: string; codable: boolean; parent: string | null }>();
  const walk = (node: Node, parent: string | null) => {
    codes.set(node.guid as string, { name: node.name as string, codable: node.isCodable === 'true', parent });
    for (const c of list(node.Code as Node[])) walk(c, node.guid as string);
  };
  for (const c of list(((project.CodeBook as Node | undefined)?.Codes as Node | undefined)?.Code as Node[])) walk(c, null);
  const variables = new Map(list((project.Variables as Node).Variable as Node[]).map((v) => [v.guid as string, v.name as string]));
  const sources: ReadProject['sources'] = [];
  const selections: ReadSelection[] = [];
  for (const s of list((project.Sources as Node).TextSource as Node[])) {
    const path = `Sources/${(s.plainTextPath as string).replace(/^internal:\/\//, '')}`;
    const text = files.get(path);
    if (text === undefined) throw new Error(`${s.name}: ${path} is not in the zip`);
    const values = new Map(
      list(s.VariableValue as Node[]).map((v) => {
        const ref = (v.VariableRef as Node).targetGUID as string;
        const value = (v.TextValue ?? v.DateValue ?? v.IntegerValue) as string;
        return [variables.get(ref)!, String(value)];
      }),
    );
    sources.push({ guid: s.guid as string, name: s.name as string, path, text, variables: values });
    const chars = Array.from(text);
    for (const sel of list(s.PlainTextSelection as Node[])) {
      const start = Number(sel.startPosition);
      const end = Number(sel.endPosition);
      selections.push({
        source: s.guid as string,
        sourceName: s.name as string,
        start,
        end,
        text: chars.slice(start, end).join(''),
        name: sel.name as string,
        description: String(sel.Description ?? ''),
        codes: list(sel.Coding as Node[]).map((c) => (c.CodeRef as Node).targetGUID as string),
      });
    }
  }
  return { qde, files, entries, project, sources, selections, codes };
}

/** xmllint's verdict on a project.qde: '' when it validates, else its messages. */
export const xsdProblems = (qde: string): string => validate(qde, PROJECT_XSD, 'project.qde');
