import type { FootnoteRef, Mark } from '../../model/document.ts';

/** Accumulates one block's inline text with HTML whitespace rules, marks and footnote calls. */
export class TextBuilder {
  private out = '';
  private marks: Mark[] = [];
  private refs: FootnoteRef[] = [];

  get length(): number {
    return this.out.length;
  }
  /** Appends text; runs of ASCII whitespace collapse to one space (NBSP and U+202F are kept). */
  add(s: string): void {
    let t = s.normalize('NFC').replace(/[ \t\n\r\f]+/g, ' ');
    if (t.startsWith(' ') && (this.out === '' || /[ \n]$/.test(this.out))) t = t.slice(1);
    this.out += t;
  }
  lineBreak(): void {
    this.out = this.out.replace(/ +$/, '');
    if (this.out) this.out += '\n';
  }
  mark(type: Mark['type'], start: number, href?: string): void {
    if (this.out.length > start) this.marks.push({ type, start, end: this.out.length, ...(href ? { href } : {}) });
  }
  ref(marker: string): void {
    this.refs.push({ marker, offset: this.out.length });
  }
  /** The trimmed text with marks and refs moved to match; resets the builder. */
  take(): { text: string; marks: Mark[]; footnoteRefs: FootnoteRef[] } {
    const lead = this.out.length - this.out.replace(/^\s+/, '').length;
    const text = this.out.trim();
    const clamp = (x: number) => Math.max(0, Math.min(text.length, x - lead));
    const marks: Mark[] = [];
    for (const m of this.marks) {
      let start = clamp(m.start);
      let end = clamp(m.end);
      while (start < end && /\s/.test(text[start] ?? '')) start++;
      while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
      if (end > start) marks.push({ ...m, start, end });
    }
    const footnoteRefs = this.refs.map((r) => ({ marker: r.marker, offset: clamp(r.offset) }));
    this.out = '';
    this.marks = [];
    this.refs = [];
    return { text, marks, footnoteRefs };
  }
}
