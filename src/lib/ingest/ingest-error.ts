/** A problem that stops ingest before anything is written: what the file (or a table) needs. */
export class IngestError extends Error {}
