// /data/targets.csv: one row per deadline and per target figure of a target sentence (csvFile:
// UTF-8 with a BOM, CRLF, RFC 4180, formulas neutralised), so a spreadsheet can filter by year, actor or unit of measure.
import type { TargetRow } from '../quantities/targets.ts';
import { csvFile } from './csv.ts';
import { codePointOffsets } from './refi-qda.ts';

/** The columns, each with what it holds (shown to readers on /targets/, so the file explains itself). */
export const TARGETS_CSV_COLUMNS = [
  ['document', '文件或新闻的 id，如 2024-chanye-gongren'],
  ['unit', '条文 id（m14、p1、art5）；新闻为空'],
  ['sentence_id', '句子 id，如 p1-s3'],
  ['kind', 'deadline（期限）或 quantity（数字）'],
  ['text', '原文照录的期限或数字，如“力争到2035年”“2000名左右”'],
  ['start', '在句中的起点（Unicode 码位，从 0 起）'],
  ['end', '在句中的终点（不含）'],
  ['year', '期限所在年份；数字行取本句最早的期限；未写期限为空'],
  ['value', '数值（数字行）'],
  ['unit_of_measure', '单位：名、%、亿元……'],
  ['qualifiers', '限定词：左右、以上、约……（空格分隔）'],
  ['label', '期限行：日期本身（2035年、“十四五”时期末、年内）；数字行：所计之物'],
  ['actors', '负责主体 id（空格分隔），取自该条的主体标注；文件括注分工所列、主体名录未收的单位写其在文件中的名称'],
  ['actor_basis', '每个主体的依据：explicit、implied、machine（机器标注，未经审核）、official（文件所列分工）'],
  ['sentence', '整句原文'],
  ['url', '句子的永久链接'],
] as const;
const HEADER = TARGETS_CSV_COLUMNS.map(([name]) => name);

export function targetsCsv(rows: readonly TargetRow[]): string {
  const lines = rows.flatMap((r) => {
    const unit = r.unitKey.includes('#') ? r.unitKey.split('#')[1]! : '';
    // A body the registry lacks has no id: its printed name stands in (a name holds no space).
    const actors = r.actors.map((a) => a.id ?? a.name).join(' ');
    // machine: found by the machine from the registry's aliases, not reviewed (机器标注，未经审核).
    const basis = r.actors.map((a) => a.basis).join(' ');
    // Code points, as codings.csv and the REFI-QDA project count them (one way for every export).
    const at = codePointOffsets(r.text);
    const common = (kind: string, text: string, start: number, end: number) => [r.item, unit, r.sentence, kind, text, at(start), at(end)];
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
  return csvFile([HEADER, ...lines]);
}
