// Name-based GUIDs (RFC 9562 UUID version 5: SHA-1 of a namespace and a name). REFI-QDA needs a
// GUID on every source, code, selection and coding; deriving each from our ids instead of drawing
// it at random keeps two builds byte for byte the same, and keeps one thing's GUID the same in the
// corpus project and in its document's project, so a researcher can import both.
import { createHash } from 'node:crypto';

/** RFC 9562's namespace for names that are URLs. */
export const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

const HEX_GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The UUID v5 of `name` (UTF-8) in `namespace`, lowercase with hyphens. */
export function uuidV5(name: string, namespace: string): string {
  if (!HEX_GUID.test(namespace)) throw new Error(`not a UUID: ${namespace}`);
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // the RFC's variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The namespace of every GUID this site writes, itself named in the URL namespace. */
export const POLICY_READER_NAMESPACE = uuidV5('urn:policy-reader:refi-qda', URL_NAMESPACE);

/**
 * The GUID of one thing of an export, from what it is and its ids: `guid('source', '2024-chanye-gongren')`.
 * Uppercase, as ATLAS.ti and NVivo write them (the schema takes either case).
 */
export function guid(kind: string, ...ids: ReadonlyArray<string | number>): string {
  return uuidV5([kind, ...ids].join('\u0000'), POLICY_READER_NAMESPACE).toUpperCase();
}
