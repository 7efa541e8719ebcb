/** The pdf.js worker bundle has no type declarations; it is only imported for its side effect. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
