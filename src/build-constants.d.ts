/**
 * Set by the build (scripts/lib/vite-bundled-data.ts): the first 16 hex digits of the SHA-256 of the bundled
 * data/index.bin, the name its copy in IndexedDB is kept under (background/index-copy.ts).
 */
declare const __BACKSTORY_INDEX_KEY__: string;

/**
 * Set by the build beside the key: where the parts of that data/index.bin start (core/engine/index-binary.ts's
 * IndexRanges), so that a woken worker reads them from its copy without reading the section table first.
 */
declare const __BACKSTORY_INDEX_RANGES__: import('./core/engine/index-binary').IndexRanges;
