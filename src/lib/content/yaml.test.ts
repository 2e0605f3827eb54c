import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readYamlFile } from './yaml.ts';

function read(yaml: string): unknown {
  const dir = mkdtempSync(join(tmpdir(), 'yaml-'));
  writeFileSync(join(dir, 'x.yaml'), yaml);
  return readYamlFile(join(dir, 'x.yaml'), z.record(z.string(), z.string()), { contentDir: dir, kind: 'annotation', root: dir }).data;
}

describe('a text wrapped over lines', () => {
  it('joins Chinese without a space, as Chinese is written, in folded, plain and quoted scalars', () => {
    expect(
      read(
        [
          'folded: >-',
          '  我们的底本作“省管工匠”。',
          '  我们没有见到官方原件。',
          'plain: 第一行',
          '  第二行',
          'quoted: "第一行',
          '  第二行"',
          '',
        ].join('\n'),
      ),
    ).toEqual({ folded: '我们的底本作“省管工匠”。我们没有见到官方原件。', plain: '第一行第二行', quoted: '第一行第二行' });
  });

  it('keeps the space English and mixed text fold into, and a space the file writes inside a line', () => {
    expect(
      read(['a: >-', '  Rothwell and', '  Zegveld', 'b: >-', '  见 RFC 4180', '  规则', 'c: >-', '  中共中央 国务院', '  关于', ''].join('\n')),
    ).toEqual({ a: 'Rothwell and Zegveld', b: '见 RFC 4180 规则', c: '中共中央 国务院关于' });
  });

  it('leaves a literal block (|) as written', () => {
    expect(read(['a: |-', '  第一行', '  第二行', ''].join('\n'))).toEqual({ a: '第一行\n第二行' });
  });
});
