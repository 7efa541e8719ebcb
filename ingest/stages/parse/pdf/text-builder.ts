/**
 * Assembles a block's text from lines (and other blocks) while keeping every
 * offset right: footnote calls, page changes and bold/italic marks move with
 * the text when pieces are joined or a soft hyphen is cut.
 */
import type { FootnoteRef, Mark, PageBreak } from '../../../model/document.ts';
import type { Line } from './types.ts';

/** How to join the next piece: characters to cut from the end, then the separator. */
export interface Plan {
  cut: number;
  sep: string;
}

/** Mutable block text with offset bookkeeping. */
export class BlockText {
  text = '';
  refs: FootnoteRef[] = [];
  breaks: PageBreak[] = [];
  marks: Mark[] = [];
  lastPage: number;

  constructor(readonly page: number) {
    this.lastPage = page;
  }

  private cut(n: number): void {
    if (n <= 0) return;
    this.text = this.text.slice(0, this.text.length - n);
    const len = this.text.length;
    for (const r of this.refs) r.offset = Math.min(r.offset, len);
    for (const m of this.marks) m.end = Math.min(m.end, len);
    this.marks = this.marks.filter((m) => m.end > m.start);
  }

  private addMark(type: 'strong' | 'em', start: number, end: number): void {
    const last = [...this.marks].reverse().find((m) => m.type === type);
    if (last && /^\s*$/.test(this.text.slice(last.end, start))) last.end = end;
    else this.marks.push({ type, start, end });
  }

  /** Appends a line, joined by `plan` (ignored for the first piece). */
  appendLine(line: Line, plan: Plan): void {
    const base = this.start(plan, line.page);
    this.text += line.text;
    for (const r of line.refs) this.refs.push({ marker: r.marker, offset: base + r.offset });
    for (const s of line.spans) {
      if (s.bold) this.addMark('strong', base + s.start, base + s.end);
      if (s.italic) this.addMark('em', base + s.start, base + s.end);
    }
  }

  /** Appends another block's text (a paragraph continued after a column or page break). */
  appendBlock(other: BlockText, plan: Plan): void {
    const base = this.start(plan, other.page);
    this.text += other.text;
    for (const r of other.refs) this.refs.push({ marker: r.marker, offset: base + r.offset });
    for (const b of other.breaks) this.breaks.push({ offset: base + b.offset, page: b.page });
    for (const m of other.marks) this.addMark(m.type === 'em' ? 'em' : 'strong', base + m.start, base + m.end);
    this.lastPage = other.lastPage;
  }

  private start(plan: Plan, page: number): number {
    if (this.text.length > 0) {
      this.cut(plan.cut);
      this.text += plan.sep;
    }
    const base = this.text.length;
    if (page !== this.lastPage && base > 0) this.breaks.push({ offset: base, page });
    this.lastPage = page;
    return base;
  }

  /** Marks that do not cover (nearly) the whole text, trimmed of spaces. */
  finalMarks(): Mark[] {
    const out: Mark[] = [];
    for (const m of this.marks) {
      let { start, end } = m;
      while (start < end && /\s/.test(this.text[start] ?? '')) start++;
      while (end > start && /\s/.test(this.text[end - 1] ?? '')) end--;
      if (end - start < 2 || end - start >= 0.95 * this.text.trim().length) continue;
      out.push({ type: m.type, start, end });
    }
    return out;
  }
}
