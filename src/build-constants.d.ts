/**
 * Set by the build (scripts/lib/vite-bundled-data.ts): the first 16 hex digits of the SHA-256 of the bundled
 * data/index.bin, the name its copy in IndexedDB is kept under (background/index-copy.ts).
 */
declare const __BACKSTORY_INDEX_KEY__: string;
