import type { ReactNode } from 'react';

/** Label/value rows of a page header (`dl.doc-meta`), in the order given. */
export function MetaList({ rows, className = 'doc-meta' }: { rows: ReadonlyArray<readonly [string, ReactNode]>; className?: string }) {
  return (
    <dl className={className}>
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
