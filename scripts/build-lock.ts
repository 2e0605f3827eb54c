// The build lock of a checkout: builds of one checkout share Astro's working folder .astro/ (where
// it stages the pages of an output folder outside the checkout, and its generated modules), so a
// second build started while one runs would lose the first one's chunks or bundle its files; it
// waits for the first instead, saying whose build it waits for, or refuses after
// POLICY_READER_BUILD_WAIT seconds (0: at once). (The content store each build has of its own:
// scripts/build.ts.)
// The lock is a file written with O_EXCL holding its owner's process id; it is removed when the
// owner exits, and a lock whose owner is gone (a build killed outright) is taken over.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export const LOCK_FILE = join(process.cwd(), '.astro', 'policy-reader-build.lock');
/** How long a build waits for another, by default: a full build of a large corpus takes minutes. */
const DEFAULT_WAIT_SECONDS = 30 * 60;

interface Holder {
  pid: number;
  /** The owner's start time (Linux: /proc/<pid>/stat), so a process id reused since is not taken for it. */
  since: string | null;
  outDir: string;
  contentDir: string;
  started: string;
}

/** Whether a process is running. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A process's start time in clock ticks since boot, where the system says it (Linux). */
function startTime(pid: number): string | null {
  try {
    // The fields after the command's name (which may hold spaces) in parentheses; starttime is the 22nd field.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

const holds = (h: Holder) => alive(h.pid) && (h.since === null || startTime(h.pid) === null || startTime(h.pid) === h.since);

function readHolder(): Holder | 'none' | 'unreadable' {
  try {
    return JSON.parse(readFileSync(LOCK_FILE, 'utf8')) as Holder;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'none' : 'unreadable';
  }
}

const describe = (h: Holder) =>
  `pid ${h.pid}, building ${relative(process.cwd(), h.contentDir) || '.'} into ${h.outDir}, since ${h.started.slice(11, 19)} UTC`;

/**
 * Takes the lock, waiting while another live build holds it; exits with a message when the wait
 * is over. The lock is let go when this process exits, however it exits but SIGKILL.
 */
export async function takeBuildLock(what: { outDir: string; contentDir: string }): Promise<void> {
  const me: Holder = { pid: process.pid, since: startTime(process.pid), started: new Date().toISOString(), ...what };
  const waitSeconds = Number(process.env.POLICY_READER_BUILD_WAIT ?? DEFAULT_WAIT_SECONDS);
  const began = Date.now();
  let said = false;
  let unreadableSince: number | undefined;
  mkdirSync(dirname(LOCK_FILE), { recursive: true });
  for (;;) {
    try {
      writeFileSync(LOCK_FILE, JSON.stringify(me), { flag: 'wx' });
      process.on('exit', () => {
        const h = readHolder();
        if (typeof h === 'object' && h.pid === process.pid) rmSync(LOCK_FILE, { force: true });
      });
      if (said) console.error(`[policy-reader] the other build has finished; building now.`);
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = readHolder();
    if (holder === 'unreadable') {
      // Being written this instant, or left empty by a build killed between creating and writing it.
      unreadableSince ??= Date.now();
      if (Date.now() - unreadableSince > 5000) takeOver();
    } else if (holder !== 'none') {
      unreadableSince = undefined;
      if (!holds(holder)) {
        takeOver();
        continue;
      }
      if (Date.now() - began >= waitSeconds * 1000) {
        console.error(
          `\nBuild refused: another build of this checkout is running (${describe(holder)}); builds of one checkout share .astro/ and ` +
            `would publish each other's content. Nothing was built. Wait for it, or set POLICY_READER_BUILD_WAIT to wait longer than ${waitSeconds} s.`,
        );
        process.exit(1);
      }
      if (!said) {
        console.error(
          `[policy-reader] another build of this checkout is running (${describe(holder)}); waiting for it to finish ` +
            `(builds of one checkout share .astro/; at most ${waitSeconds} s, POLICY_READER_BUILD_WAIT).`,
        );
        said = true;
      }
    }
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** Moves a dead build's lock aside (a rename: of two builds that find it dead, one moves it). */
function takeOver() {
  const aside = `${LOCK_FILE}.stale-${process.pid}`;
  try {
    renameSync(LOCK_FILE, aside);
  } catch {
    return; // another build took it over first
  }
  const h = (() => {
    try {
      return JSON.parse(readFileSync(aside, 'utf8')) as Holder;
    } catch {
      return undefined;
    }
  })();
  // What was moved may be the lock a live build took since it was read: put it back.
  if (h && holds(h)) {
    try {
      renameSync(aside, LOCK_FILE);
      return;
    } catch {
      /* gone again: fall through */
    }
  }
  rmSync(aside, { force: true });
}
