/** A content script built on its own by @crxjs/vite-plugin, imported as its path in the package (for executeScript). */
declare module '*?script' {
  const path: string;
  export default path;
}
