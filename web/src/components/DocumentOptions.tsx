import type { DocumentSummary } from '../../../api/schemas/documents.ts';

/**
 * The `<option>`s of a document picker, "Title (FR)". A selected id missing from the list (from a
 * shared link, before the list arrives) stays selectable as itself.
 */
export function DocumentOptions({ documents, selected }: { documents: readonly DocumentSummary[]; selected: string | undefined }) {
  return (
    <>
      {selected && !documents.some((d) => d.id === selected) && <option value={selected}>{selected}</option>}
      {documents.map((d) => (
        <option key={d.id} value={d.id}>
          {`${d.title || d.filename} (${d.lang.toUpperCase()})`}
        </option>
      ))}
    </>
  );
}
