// A command run to its end with its wall time and its memory, for the bench's builds: the peak of
// its whole process tree's resident memory (the build script, Astro, Pagefind's indexer, summed,
// sampled from Linux's /proc every SAMPLE_MS) and the largest single process's own peak (its
// VmHWM, the high-water mark the kernel keeps, read at each sample). A tree, not one process: `npm run build` is a script
// that runs Astro, which runs Pagefind, so GNU time's %M (the largest process that was waited
// for) would leave out what runs beside it. Elsewhere than Linux both are null.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Often enough to see a build's peak (Astro's and Pagefind's last a while), rarely enough to cost it no CPU to speak of. */
const SAMPLE_MS = 200;

export interface MeasuredRun {
  status: number | null;
  wallMs: number;
  /** The most the whole process tree held at once, summed over its processes, in bytes. */
  peakTreeRss: number | null;
  /** The largest peak of any one process of the tree, in bytes. */
  peakProcessRss: number | null;
  /** Standard output and error together, the last MB of them (for a failure's message). */
  output: string;
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The process and every descendant alive now (children as each of its threads records them). */
function tree(pid: number): number[] {
  const out: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const at = queue.pop()!;
    out.push(at);
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${at}/task`);
    } catch {
      continue;
    }
    for (const task of tasks)
      for (const child of (read(`/proc/${at}/task/${task}/children`) ?? '').split(' ').filter(Boolean)) queue.push(Number(child));
  }
  return out;
}

/** VmRSS and VmHWM of a process in bytes, or undefined once it is gone. */
function memory(pid: number): { rss: number; hwm: number } | undefined {
  const status = read(`/proc/${pid}/status`);
  if (!status) return undefined;
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  return { rss: field('VmRSS'), hwm: field('VmHWM') };
}

export function runMeasured(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<MeasuredRun> {
  const started = performance.now();
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  const proc = process.platform === 'linux';
  let peakTreeRss = 0;
  let peakProcessRss = 0;
  const sample = () => {
    if (!child.pid) return;
    let sum = 0;
    for (const pid of tree(child.pid)) {
      const m = memory(pid);
      if (!m) continue;
      sum += m.rss;
      peakProcessRss = Math.max(peakProcessRss, m.hwm);
    }
    peakTreeRss = Math.max(peakTreeRss, sum);
  };
  const timer = proc ? setInterval(sample, SAMPLE_MS) : undefined;
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-1024 * 1024);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return new Promise((done, fail) => {
    child.on('error', (e) => {
      clearInterval(timer);
      fail(e);
    });
    child.on('close', (status) => {
      clearInterval(timer);
      done({
        status,
        wallMs: performance.now() - started,
        peakTreeRss: proc ? peakTreeRss : null,
        peakProcessRss: proc ? peakProcessRss : null,
        output,
      });
    });
  });
}
