import type { DocumentSummary, JobDto } from '../../../api/schemas/documents.ts';
import { authHeaders } from '../lib/api-token.ts';
import { getJob } from './client.ts';
import { ApiError } from './errors.ts';

/** What POST /api/documents answers: a job to follow, or the document those bytes already are. */
export type UploadAccepted = { kind: 'job'; job: JobDto } | { kind: 'duplicate'; document: DocumentSummary };

/**
 * Sends the form with XMLHttpRequest rather than fetch, because only XHR reports upload
 * progress. `onProgress` gets 0..1; the promise rejects with an ApiError on any failure.
 */
export function uploadDocument(form: FormData, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<UploadAccepted> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/documents');
    xhr.setRequestHeader('accept', 'application/json');
    for (const [name, value] of Object.entries(authHeaders())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.upload.onload = () => onProgress(1);
    xhr.onerror = () => reject(ApiError.network());
    xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    xhr.onload = () => {
      const type = xhr.getResponseHeader('content-type');
      if (xhr.status < 200 || xhr.status >= 300) {
        reject(ApiError.fromBody(xhr.status, type, xhr.responseText));
        return;
      }
      try {
        const body = JSON.parse(xhr.responseText) as { job?: JobDto; duplicate?: boolean; document?: DocumentSummary };
        if (body.job) resolve({ kind: 'job', job: body.job });
        else if (body.duplicate && body.document) resolve({ kind: 'duplicate', document: body.document });
        else reject(new ApiError(xhr.status, 'UNKNOWN', 'Unexpected response'));
      } catch {
        reject(new ApiError(xhr.status, 'UNKNOWN', 'Unexpected response', xhr.responseText.slice(0, 300)));
      }
    };
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('Polling aborted', 'AbortError'));
    }, { once: true });
  });

const FINAL_STATES: ReadonlySet<JobDto['state']> = new Set(['done', 'duplicate', 'failed']);

/**
 * Polls GET /api/jobs/:id until the job ends, reporting each state. A few network hiccups in a
 * row are tolerated (the server may be busy parsing); a failed job rejects with its error code.
 */
export async function followJob(jobId: string, onUpdate: (job: JobDto) => void, signal?: AbortSignal, intervalMs = 400): Promise<JobDto> {
  let misses = 0;
  for (;;) {
    let job: JobDto;
    try {
      job = await getJob(jobId, signal);
      misses = 0;
    } catch (e) {
      if (!(e instanceof ApiError && e.code === 'NETWORK') || ++misses > 5) throw e;
      await sleep(intervalMs * 2, signal);
      continue;
    }
    onUpdate(job);
    if (FINAL_STATES.has(job.state)) {
      if (job.state === 'failed') {
        throw new ApiError(422, job.error?.code ?? 'UNKNOWN', job.error?.message ?? 'Ingestion failed', job.error?.message);
      }
      return job;
    }
    await sleep(intervalMs, signal);
  }
}
