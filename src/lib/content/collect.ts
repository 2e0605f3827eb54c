// The one way a step gathers content problems: it tries each part, keeps every ContentError it
// meets (so one build reports all of them, not the first), and rethrows anything else, which is
// a bug of ours, not of the content.
import { ContentError, ContentErrors } from '../errors.ts';

export class ErrorCollector {
  readonly errors: ContentError[] = [];

  /** Runs `step`; a content problem is kept and `undefined` returned in its place. */
  attempt<T>(step: () => T): T | undefined {
    try {
      return step();
    } catch (e) {
      this.add(e);
      return undefined;
    }
  }

  /** Keeps a thrown ContentError or ContentErrors; rethrows anything else. */
  add(e: unknown): void {
    if (e instanceof ContentErrors) this.errors.push(...e.errors);
    else if (e instanceof ContentError) this.errors.push(e);
    else throw e;
  }

  /** Throws every problem kept so far as one ContentErrors. */
  throwIfAny(): void {
    if (this.errors.length) throw new ContentErrors(this.errors);
  }
}
