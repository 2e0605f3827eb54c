// The names the code base reads an item's tree by. The tree itself is the unist tree of
// src/lib/tree/nodes.ts (its one description); these are its outline (src/lib/tree/outline.ts),
// the grouping of the unit list that pages ask for.
export type { Repair, Span } from '../tree/nodes.ts';
export type {
  DocumentOutline as DocumentTree,
  Furniture,
  Measure,
  NewsBlock,
  NewsOutline as NewsTree,
  Outline as ItemTree,
  Part,
  Sentence,
} from '../tree/outline.ts';
