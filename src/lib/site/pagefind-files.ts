// Pagefind's own file format, which the build reads and writes back after Pagefind (chunks,
// metadata, fragments): gzip of the signature "pagefind_dcd" and a body (CBOR or JSON).
import { gunzipSync, gzipSync } from 'node:zlib';

const SIGNATURE = Buffer.from('pagefind_dcd');

/** The body of a Pagefind file; throws, naming it, when it is not one. */
export function pagefindBody(path: string, compressed: Buffer): Buffer {
  const raw = gunzipSync(compressed);
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`${path} does not start with Pagefind's signature`);
  return raw.subarray(SIGNATURE.length);
}

/** A Pagefind file of this body, as Pagefind would write it. */
export const pagefindFile = (body: Uint8Array | string) => gzipSync(Buffer.concat([SIGNATURE, Buffer.from(body)]), { level: 9 });
