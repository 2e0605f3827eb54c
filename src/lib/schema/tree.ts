// The names the code base reads an item's tree by. The tree itself is the unist tree of
// src/lib/tree/nodes.ts; these are its outline (src/lib/tree/outline.ts), in the shape the parser
// produced before the tree existed, and the zod schemas of a repair and a span for the exports.
export { Repair, Span } from '../tree/schema.ts';
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
