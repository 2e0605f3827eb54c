// `npm run ingest -- <file.txt> [--id <id>] [--kind <kind>] [--published YYYY-MM-DD] [--publisher <name>]`:
// copies the file byte for byte into content/sources/ (or CONTENT_DIR), writes content/items/<id>.yaml
// with what it detected, and prints what it found, with the strings that look like actors but are
// not in the registry (content/actors.yaml). Nothing is written when the text does not parse.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content/dir.ts';
import { decodeUtf8 } from '../src/lib/content/text-file.ts';
import { ContentError } from '../src/lib/errors.ts';
import {
  IngestError,
  actorCandidatesReport,
  knownItems,
  planIngest,
  registryAliases,
  sourceNameOf,
  writeIngest,
} from '../src/lib/ingest/ingest.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { id: { type: 'string' }, kind: { type: 'string' }, published: { type: 'string' }, publisher: { type: 'string' } },
});
if (positionals.length !== 1) {
  console.error(
    'usage: npm run ingest -- <file.txt> [--id <id>] [--kind opinion|proposal|plan|regulation|explanation] [--published YYYY-MM-DD] [--publisher <name>]',
  );
  process.exit(2);
}
const path = positionals[0]!;
try {
  const bytes = readFileSync(path);
  const text = decodeUtf8(bytes, path);
  const dir = contentDir();
  const plan = planIngest(text, sourceNameOf(path), values, knownItems(dir));
  const candidates = actorCandidatesReport(plan.root, registryAliases(dir));
  const written = writeIngest(plan, bytes, dir);
  console.log(`${path} → ${plan.id}`);
  for (const line of [...plan.report, candidates]) console.log(`  ${line}`);
  console.log(`wrote ${written.source} and ${written.item}`);
} catch (e) {
  if (e instanceof IngestError || e instanceof ContentError) {
    console.error(`ingest: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
