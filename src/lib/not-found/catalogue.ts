// The 404 page's catalogue of what the site has (documents with their measures and parts, news
// items), built once from the corpus and embedded in the page as JSON for suggest.ts.
import type { Corpus } from '../corpus.ts';
import type { NotFoundCatalogue } from './suggest.ts';

export function notFoundCatalogue(corpus: Corpus): NotFoundCatalogue {
  return {
    documents: corpus.documents.map((d) => ({
      id: d.id,
      title: d.meta.shortTitle ?? d.meta.title,
      units: d.measures.map((m) => ({ id: m.id, label: `${m.label}${m.lead ?? ''}` })),
      parts: d.outline.parts.map((p) => ({ id: p.id, label: `${p.numeral}、${p.heading}` })),
    })),
    news: corpus.news.map((n) => ({ id: n.id, title: n.meta.title })),
  };
}
