/** Vite's `?raw` imports: a file's text as a string (tests compare committed documents with it). */
declare module "*.md?raw" {
  const text: string;
  export default text;
}
