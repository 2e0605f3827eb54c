import type { VFile } from 'vfile';

/** What the parser reports a source problem as (vfile-message, without importing it directly). */
type VFileMessage = VFile['messages'][number];

/**
 * A problem in a content file, reported as `file:line:col: message` (or `file:line: message` when
 * only the line is known, as for YAML) so an editor can jump to it.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  /** 1-based column, in UTF-16 code units, when the problem has a precise place on its line. */
  readonly column: number | undefined;
  readonly problem: string;

  constructor(file: string, line: number | undefined, problem: string, column?: number) {
    super(`${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: ${problem}`);
    this.name = 'ContentError';
    this.file = file;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /** A problem the parser reported on a VFile, at the line and column of its place. */
  static fromVFileMessage(message: VFileMessage, file: string = message.file ?? ''): ContentError {
    return new ContentError(file, message.line, message.reason, message.column);
  }
}

/** Several content errors at once, so one build reports every problem it found. */
export class ContentErrors extends Error {
  readonly errors: ContentError[];

  constructor(errors: ContentError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'ContentErrors';
    this.errors = errors;
  }
}

/**
 * Astro replaces the hint of any error whose text holds the word "document" or "window" with
 * "Browser APIs are not available on the server" (it reads `toString()`, not the message): a
 * content problem that names a document would get that unrelated hint instead of its own.
 */
export function withoutBrowserHint<E extends Error>(failure: E): E {
  const summary = failure.message.split('\n')[0]!.replace(/document|window/g, (w) => w.toUpperCase());
  failure.toString = () => `${failure.name}: ${summary}`;
  return failure;
}
