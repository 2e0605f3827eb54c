// libxml2's xmllint as the schema validator of our XML exports (REFI-QDA's project.qde, Akoma
// Ntoso): the schemas are vendored under tests/fixtures, so validation needs no network.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const AKOMA_NTOSO_XSD = resolve('tests/fixtures/akoma-ntoso/akomantoso30.xsd');

/** xmllint's verdict on `xml` against the schema `xsd`: '' when it validates, else its messages (the file called `name`). */
export function xsdProblems(xml: string, xsd: string, name = 'document.xml'): string {
  const dir = mkdtempSync(join(tmpdir(), 'xsd-'));
  const file = join(dir, name);
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', xsd, file], { stdio: 'pipe' });
    return '';
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: Buffer };
    if (err.code === 'ENOENT')
      throw new Error('xmllint is not installed: apt-get install -y libxml2-utils (.ci/run does it)', { cause: e });
    return String(err.stderr ?? err.message).replaceAll(file, name);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
