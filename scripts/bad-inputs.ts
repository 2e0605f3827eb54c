// `npm run bad-inputs`: runs the bad-input catalogue (tests/fixtures/bad/, the code its test uses,
// tests/support/bad-inputs.ts) and prints one row per case: case, expected, got. Exits 1 when a
// case does not do what its expect.yaml says.
import { isDeepStrictEqual } from 'node:util';
import { expected, loadCases, observe, removeGenerated, type Observation } from '../tests/support/bad-inputs.ts';

/** An observation on one line: the error lines joined by ⏎, or the reading as compact JSON. */
const show = (o: Observation) => ('errors' in o ? o.errors.join(' ⏎ ') || '(no error)' : `reads as ${JSON.stringify(o.ok)}`);

let failed = 0;
const cases = loadCases();
const rows = cases.map((c) => {
  let got: Observation | { errors: string[] };
  try {
    got = observe(c);
  } catch (e) {
    // A crash is the worst answer a case can give: shown as such, never hidden.
    got = { errors: [`CRASH: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`] };
  }
  const want = expected(c);
  const pass = isDeepStrictEqual(got, want);
  if (!pass) failed++;
  return { name: c.name, pass, want: show(want), got: pass ? '= expected' : show(got) };
});

removeGenerated(cases);

const width = Math.max(...rows.map((r) => r.name.length));
console.log(`${'case'.padEnd(width)}  ok  expected → got`);
for (const r of rows) {
  console.log(`${r.name.padEnd(width)}  ${r.pass ? '✓ ' : '✗ '}  expected: ${r.want}`);
  console.log(`${''.padEnd(width)}      got:      ${r.got}`);
}
console.log(`\n${rows.length} cases: ${rows.length - failed} as expected, ${failed} not`);
process.exit(failed ? 1 : 0);
