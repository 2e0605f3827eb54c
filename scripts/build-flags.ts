// The flags `npm run build` gives the Node that runs Astro (scripts/build.ts), and which the bench
// prints beside the build's memory: no hand-set flag is needed for a build, and none is hidden.
//
// A young generation of 64 MB (V8's default is 16 MB): a page's render makes short-lived objects
// by the megabyte, and with the small default many outlive a scavenge and are copied, then
// promoted. Garbage collection was the part of a build's cost that grew with the collection
// (minor collections, 3,242 of them at 1,200 documents, 13.7 ms each); at 2,000 documents this
// flag took a build from 393 to 371 s on a quiet machine, at the same peak memory.
// The heap itself is Node's default.
export const BUILD_NODE_FLAGS = ['--max-semi-space-size=64'] as const;
