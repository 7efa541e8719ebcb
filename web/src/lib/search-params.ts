/** A copy of the query with `key` set to `value`, or removed when `value` is empty (no "?kind=" in shared links). */
export function withParam(params: URLSearchParams, key: string, value: string): URLSearchParams {
  const q = new URLSearchParams(params);
  if (value) q.set(key, value);
  else q.delete(key);
  return q;
}
