// What the build script (scripts/build.ts) shows of Astro's output: every line but the stack
// frames, which go only to a log file kept for a failed build. A page whose code throws is named,
// with what it threw, so the failure reads as "while rendering <page>: <problem>".

// eslint-disable-next-line no-control-regex -- colour codes are what is taken off
const plain = (line: string) => line.replace(/\u001b\[[0-9;]*m/g, '');
/** A stack frame, or the header Astro puts over them. */
const FRAME = /^\s+at\s|^\s*Stack trace:\s*$/;
const CAUGHT = /Caught error rendering (\S+?): (?:\w*Error: )?(.*)$/;

export interface BuildOutput {
  /** Takes one line of Astro's output; returns it when it is to be shown, null when it is a stack frame. */
  line(text: string): string | null;
  /** Whether a stack frame was held back (the log then holds it). */
  readonly hidFrames: boolean;
  /** The page whose render failed, and what it threw, when one did. */
  readonly rendering: { page: string; problem: string } | undefined;
}

export function buildOutput(): BuildOutput {
  let hidFrames = false;
  let rendering: BuildOutput['rendering'];
  return {
    line(text) {
      const bare = plain(text);
      if (FRAME.test(bare)) {
        hidFrames = true;
        return null;
      }
      const caught = CAUGHT.exec(bare);
      if (caught) rendering = { page: caught[1]!, problem: caught[2]! };
      return text;
    },
    get hidFrames() {
      return hidFrames;
    },
    get rendering() {
      return rendering;
    },
  };
}
