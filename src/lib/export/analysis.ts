// The exports for analysis tools, from the site model: the code systems (actors, glossary terms,
// and any other annotation index given an adapter in ./codes.ts), the plain text of each item, and the REFI-QDA
// projects of the corpus and of each document. Worked out once per model and kept, since the
// corpus project and every document's project read the same texts and codes.
import type { CorpusEntry } from '../corpus.ts';
import type { SiteModel } from '../site/model.ts';
import { type CodeSystem, actorCodeSystem, glossaryCodeSystem, instrumentCodeSystem } from './codes.ts';
import { type ItemText, type ReadSource, itemText, readSourceFile } from './item-text.ts';
import { type RefiProject, refiProject } from './refi-qda.ts';

/** The model's parts the exports read. */
export type AnalysisModel = Pick<SiteModel, 'corpus' | 'actors' | 'glossary' | 'instruments'>;

export interface AnalysisData {
  systems: CodeSystem[];
  texts: Map<string, ItemText>;
}

const cache = new WeakMap<object, AnalysisData>();

/**
 * The code systems in the order the exports list them. An annotation index joins by an adapter
 * to a CodeSystem (./codes.ts); everything downstream takes any list of them.
 */
export function codeSystemsOf(model: AnalysisModel): CodeSystem[] {
  return [actorCodeSystem(model.actors), glossaryCodeSystem(model.glossary), instrumentCodeSystem(model.instruments)];
}

/** The code systems and item texts of a model, once. */
export function analysisData(model: AnalysisModel, read: ReadSource = readSourceFile): AnalysisData {
  let data = cache.get(model);
  if (!data) {
    const sources = new Map<string, string>();
    const source = (file: string) => {
      let text = sources.get(file);
      if (text === undefined) sources.set(file, (text = read(file)));
      return text;
    };
    const texts = new Map(model.corpus.entries.map((e) => [e.id, itemText(e, source(e.sourceFile))]));
    cache.set(model, (data = { systems: codeSystemsOf(model), texts }));
  }
  return data;
}

function project(model: AnalysisModel, entries: readonly CorpusEntry[], name: string, description: string, site: string): RefiProject {
  const { systems, texts } = analysisData(model);
  return refiProject({ name, description, site, systems, sources: entries.map((entry) => ({ entry, text: texts.get(entry.id)! })) });
}

const ABOUT =
  '由政策文件阅读器自动生成。每篇一个纯文本来源：该篇在底本中的文字逐字照录，仅分栏断词处按网页所示接合；' +
  '位置按 Unicode 码位从 0 计，终点不含。代码：行动主体（人工标注与机器标注）、术语（机器按词形查找）、政策工具（机器按码本提示词建议，部分经人审核）；' +
  '每个标注的说明写明依据，机器所作者注“机器标注，未经审核”。来源的变量为文件的类型、发文机关、日期、字号、发布者和网址。';

/** /data/corpus.qdpx: every item of the corpus. */
export const corpusProject = (model: AnalysisModel, site: string) =>
  project(model, model.corpus.entries, '政策文件阅读器语料', `全库 ${model.corpus.entries.length} 篇。${ABOUT}`, site);

/** /data/<doc>.qdpx: one document with the whole codebook, so the projects of several documents merge. */
export const documentProject = (model: AnalysisModel, entry: CorpusEntry, site: string) =>
  project(model, [entry], entry.meta.shortTitle ?? entry.meta.title, `《${entry.meta.title}》。${ABOUT}`, site);
