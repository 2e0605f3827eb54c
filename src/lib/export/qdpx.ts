// The .qdpx file: a ZIP of project.qde and the Sources/ folder (REFI-QDA 1.5 §8). fflate writes
// it in memory, deterministically: the same entries in the same order, compressed at one level,
// each with the same fixed time, give the same bytes, so two builds of the site are identical.
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { RefiProject } from './refi-qda.ts';

/**
 * 1980-01-01 00:00, the earliest time a ZIP entry can hold, for every entry. Built from local-time
 * parts because fflate writes the DOS time from local-time getters: any time zone gives the same bytes.
 */
const ZIP_TIME = new Date(1980, 0, 1, 0, 0, 0);

/** The project as a .qdpx: project.qde first, then the sources in the order the project lists them. */
export function qdpx(project: RefiProject): Uint8Array<ArrayBuffer> {
  const entries: Zippable = {};
  // UTF-8 without a byte-order mark: a mark would be code point 0 of a source and shift every position.
  entries['project.qde'] = [strToU8(project.qde), { mtime: ZIP_TIME }];
  for (const f of project.files) entries[f.path] = [strToU8(f.text), { mtime: ZIP_TIME }];
  // A copy typed on a plain ArrayBuffer, which is what a Response body takes.
  return new Uint8Array(zipSync(entries, { level: 9 }));
}
