import type { ReactNode } from 'react';

/** Label/value rows of a page header (`dl.doc-meta`), in the order given; `label` names the list for screen readers. */
export function MetaList({ rows, className = 'doc-meta', label }: { rows: ReadonlyArray<readonly [string, ReactNode]>; className?: string; label?: string }) {
  return (
    <dl className={className} aria-label={label}>
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
