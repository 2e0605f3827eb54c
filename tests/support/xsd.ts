// libxml2's xmllint as the schema validator of our XML exports (REFI-QDA's project.qde, Akoma
// Ntoso): the schemas are vendored under tests/fixtures, so validation needs no network.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const AKOMA_NTOSO_XSD = resolve('tests/fixtures/akoma-ntoso/akomantoso30.xsd');

/** xmllint's verdict on `xml` against the schema `xsd`: '' when it validates, else its messages (the file called `name`). */
export function xsdProblems(xml: string, xsd: string, name = 'document.xml'): string {
  return xsdProblemsOfAll([{ name, xml }], xsd);
}

/**
 * xmllint's verdict on several documents at once (one run, the schema read once: a collection of
 * a hundred documents takes seconds, not minutes): '' when all validate, else the messages of those
 * that do not, each naming its file.
 */
export function xsdProblemsOfAll(files: ReadonlyArray<{ name: string; xml: string }>, xsd: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'xsd-'));
  const paths = files.map((f) => {
    const file = join(dir, f.name);
    writeFileSync(file, f.xml);
    return file;
  });
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', xsd, ...paths], { stdio: 'pipe' });
    return '';
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: Buffer };
    if (err.code === 'ENOENT')
      throw new Error('xmllint is not installed: apt-get install -y libxml2-utils (.ci/run does it)', { cause: e });
    const out = String(err.stderr ?? err.message).replaceAll(`${dir}/`, '');
    return out
      .split('\n')
      .filter((line) => line && !line.endsWith(' validates'))
      .join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
