/**
 * The OCR engine: Debian's `tesseract` binary with its French and English data, run as a child
 * process (no shell; the page image goes in on stdin and hOCR comes back on stdout, so no file
 * name, and no user-supplied text, ever reaches the command line).
 */
import { execFile } from 'node:child_process';

/** `auto`: OCR pages without a text layer when tesseract is installed; `off`: never. */
export type OcrMode = 'auto' | 'off';

/** What the installed engine offers. */
export interface OcrEngine {
  /** "tesseract 5.3.0". */
  version: string;
  /** The `-l` argument: the languages used, in order. */
  langs: string;
}

/** Debian packages that make OCR possible, for messages. */
export const OCR_PACKAGES = 'tesseract-ocr tesseract-ocr-fra tesseract-ocr-eng';

const BINARY = 'tesseract';
const LANGS = ['fra', 'eng'];
/** One page at 300 dpi takes 1-3 s on one core; far beyond that the process is stuck. */
const PAGE_TIMEOUT_MS = 120_000;
const OUTPUT_LIMIT = 64 * 1024 * 1024;
/** One thread per tesseract: pages are read one after the other and other work shares the cores. */
const CHILD_ENV = { ...process.env, OMP_THREAD_LIMIT: '1' };

interface RunResult {
  stdout: string;
  stderr: string;
}

/** Runs the binary with `args`, feeding `input` on stdin; rejects on a non-zero exit or the timeout. */
function run(args: string[], input: Uint8Array | undefined, timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(BINARY, args, { timeout: timeoutMs, maxBuffer: OUTPUT_LIMIT, env: CHILD_ENV, encoding: 'utf8', windowsHide: true }, (err, stdout, stderr) => {
      if (err) reject(Object.assign(err, { stderr }));
      else resolve({ stdout, stderr });
    });
    // A child that dies early closes its stdin: the exit callback reports why, not the broken pipe.
    child.stdin?.on('error', () => {});
    child.stdin?.end(input);
  });
}

let probing: Promise<OcrEngine | undefined> | undefined;

/**
 * The installed engine when `tesseract` is on PATH with both the French and the English data,
 * else undefined. Probed once per process (`tesseract --list-langs`).
 */
export function findOcrEngine(): Promise<OcrEngine | undefined> {
  probing ??= (async () => {
    try {
      const list = await run(['--list-langs'], undefined, 10_000);
      // Older versions print the list on stderr.
      const have = new Set(`${list.stdout}\n${list.stderr}`.split(/\s+/));
      if (!LANGS.every((l) => have.has(l))) return undefined;
      const v = await run(['--version'], undefined, 10_000);
      const version = /tesseract\s+v?[\d.]+/i.exec(`${v.stdout}\n${v.stderr}`)?.[0] ?? 'tesseract';
      return { version, langs: LANGS.join('+') };
    } catch {
      return undefined;
    }
  })();
  return probing;
}

/** Reads one page image (PNG at `dpi`) and returns tesseract's hOCR. */
export async function recognise(engine: OcrEngine, png: Uint8Array, dpi: number): Promise<string> {
  const { stdout } = await run(['stdin', 'stdout', '--dpi', String(dpi), '-l', engine.langs, 'hocr'], png, PAGE_TIMEOUT_MS);
  return stdout;
}
