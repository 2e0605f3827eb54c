import { ContentError, lineAt, lineStartsOf } from '../errors.ts';

/** What every parsing step needs to report a problem at its place in a source file. */
export class SourceContext {
  readonly file: string;
  readonly source: string;
  private readonly lineStarts: number[];

  constructor(file: string, source: string) {
    this.file = file;
    this.source = source;
    this.lineStarts = lineStartsOf(source);
  }

  lineOf(offset: number): number {
    return lineAt(this.lineStarts, offset);
  }

  error(offset: number | undefined, problem: string): ContentError {
    return new ContentError(this.file, offset === undefined ? undefined : this.lineOf(offset), problem);
  }
}
