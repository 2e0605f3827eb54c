const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML, SVG and XML alike (text and attribute values): source text that looks
 * like markup is shown, never run. `&#39;` rather than `&apos;` so old HTML parsers read it too.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
