import { IngestError } from '../errors.ts';

interface Spanned {
  start: number;
  end: number;
  text?: string;
}

/**
 * Provenance guard: every stored span must be the exact text at its offsets.
 * Throws instead of letting a drifting offset into the database.
 */
export function assertSpans(cleanText: string, spans: readonly Spanned[], what: string): void {
  for (const s of spans) {
    const ok = s.start >= 0 && s.end <= cleanText.length && s.start <= s.end && (s.text === undefined || cleanText.slice(s.start, s.end) === s.text);
    if (!ok) {
      throw new IngestError('PARSE_FAILED', `Internal provenance check failed: a ${what} span [${s.start}, ${s.end}) does not match the clean text.`, {
        stage: 'provenance',
      });
    }
  }
}
