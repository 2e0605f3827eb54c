/**
 * Problems as `file:line: message`, the same message on many pages (a header link, a layout
 * heading) reported once with a count and the first few places.
 */
export function grouped(problems: string[], shown = 3): string[] {
  const byMessage = new Map<string, string[]>();
  for (const p of problems) {
    const m = /^(\S*?:[\d?]+(?: \(#[^)]*\))?): (.*)$/s.exec(p);
    const [where, message] = m ? [m[1]!, m[2]!] : ['', p];
    byMessage.set(message, [...(byMessage.get(message) ?? []), where]);
  }
  return [...byMessage].map(([message, places]) =>
    places.length === 1
      ? `${places[0]}: ${message}`
      : `${message} — in ${places.length} places: ${places.slice(0, shown).join(', ')}${places.length > shown ? ', …' : ''}`,
  );
}
