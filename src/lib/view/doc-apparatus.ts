// The apparatus of a document page (the facts under its title, its data, its research links and
// its filters) is folded under one summary on a phone, so the text comes first; the summary names
// what it holds, in the order it holds it, so nothing is hidden without being named.
import type { DocumentResearchView } from './research-view.ts';

export interface ApparatusParts {
  /** Rows of facts under the title (发文机关, 成文日期…). */
  metaRows: number;
  research: Pick<DocumentResearchView, 'targets' | 'comparisons' | 'references'>;
  /** The filters the page offers (by actor, by instrument). */
  filters: { actors: boolean; instruments: boolean };
  /** Whether a reprint's note (转载说明, the publisher's words around the text) is there. */
  wrapper?: boolean;
}

/** The summary line: 文件信息、引用与数据、目标与期限、对照、文件间引用、筛选、转载说明 (what there is of it). */
export function apparatusSummary({ metaRows, research, filters, wrapper = false }: ApparatusParts): string {
  const { references } = research;
  return [
    metaRows > 0 && '文件信息',
    // The cite button and the data links are there for every document.
    '引用与数据',
    research.targets && '目标与期限',
    research.comparisons.length > 0 && '对照',
    references.outgoing.length + references.incoming.length > 0 && '文件间引用',
    (filters.actors || filters.instruments) &&
      `按${[filters.actors && '主体', filters.instruments && '政策工具'].filter(Boolean).join('或')}筛选`,
    wrapper && '转载说明',
  ]
    .filter(Boolean)
    .join('、');
}
