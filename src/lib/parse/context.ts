import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { Anomaly, Span } from '../tree/nodes.ts';

/** Names every problem message carries as its `source`, so a reporter can tell ours apart. */
const SOURCE = 'policy-reader';

/** Where a problem is: an offset into the source, or a span of it. */
export type Place = number | Span;

/**
 * What every parsing step shares: the whole source file (the VFile's value), the index that turns
 * its offsets into line and column, and the file problems are reported on. Offsets are into the
 * whole file, never the item's slice, so positions and messages point where an editor would.
 */
export class SourceContext {
  readonly file: VFile;
  readonly source: string;
  private readonly index: ReturnType<typeof location>;

  constructor(file: VFile) {
    this.file = file;
    this.source = String(file.value);
    this.index = location(this.source);
  }

  point(offset: number): Point {
    const point = this.index.toPoint(offset);
    if (!point) throw new RangeError(`offset ${offset} is outside ${this.file.path} (${this.source.length} code units)`);
    return point;
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) };
  }

  lineOf(offset: number): number {
    return this.point(offset).line;
  }

  /**
   * Doubts about the text that do not stop the parse (a pair of brackets typed in two widths):
   * recorded on the item (its data's anomalies) and shown with it, never repaired.
   */
  readonly doubts: Anomaly[] = [];

  doubt(span: Span, kind: Anomaly['kind'], reason: string): void {
    this.doubts.push({ kind, line: this.lineOf(span[0]), span, reason });
  }

  /** Records a problem and lets the parse go on, so one build lists every problem of an item. */
  report(place: Place, ruleId: string, reason: string): void {
    this.file.message(reason, { place: this.placeOf(place), ruleId, source: SOURCE });
  }

  /** Records a problem the parse cannot go past, and stops it (throws the VFileMessage). */
  fail(place: Place, ruleId: string, reason: string): never {
    return this.file.fail(reason, { place: this.placeOf(place), ruleId, source: SOURCE });
  }

  private placeOf(place: Place): Point | Position {
    return typeof place === 'number' ? this.point(place) : this.position(place[0], place[1]);
  }
}
