// The ASCII id of an issuer, for its feed's URL: the issuer's name in toneless pinyin
// (国务院 → guowuyuan). Names are what item files write; ids are derived, never typed, and the
// permalink contract (tests/permalinks.txt) holds them once published.
import { pinyin } from 'pinyin-pro';

const ids = new Map<string, string>();

export function issuerId(name: string): string {
  let id = ids.get(name);
  if (id === undefined) {
    id = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
      .join('')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    if (!id) throw new Error(`issuer "${name}" gives no ASCII id for its feed`);
    ids.set(name, id);
  }
  return id;
}
