// /data/targets.csv: one row per deadline and per target figure of a target sentence (UTF-8
// without BOM, CRLF, RFC 4180), so a spreadsheet can filter by year, actor or unit of measure.
import type { TargetRow } from '../quantities/targets.ts';
import { csvTable } from './csv.ts';

const HEADER = [
  'document',
  'unit',
  'sentence_id',
  'kind',
  'text',
  'start',
  'end',
  'year',
  'value',
  'unit_of_measure',
  'qualifiers',
  'label',
  'actors',
  'actor_basis',
  'sentence',
  'url',
] as const;

export function targetsCsv(rows: readonly TargetRow[]): string {
  const lines = rows.flatMap((r) => {
    const unit = r.unitKey.includes('#') ? r.unitKey.split('#')[1]! : '';
    const actors = r.actors.map((a) => a.id).join(' ');
    // machine: found by the machine from the registry's aliases, not reviewed (机器标注，未经审核).
    const basis = r.actors.map((a) => a.basis).join(' ');
    const common = (kind: string, text: string, start: number, end: number) => [r.item, unit, r.sentence, kind, text, start, end];
    const tail = [actors, basis, r.text, r.url];
    return [
      ...r.deadlines.map((d) => [...common('deadline', d.text, d.start, d.end), d.year ?? '', '', '', '', d.when, ...tail]),
      ...r.quantities.map((q) => [
        ...common('quantity', q.text, q.start, q.end),
        r.year ?? '',
        q.value,
        q.unit,
        q.qualifiers.join(' '),
        q.label,
        ...tail,
      ]),
    ];
  });
  return csvTable([HEADER, ...lines]);
}
