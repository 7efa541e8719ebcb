import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobDto } from '../../../../api/schemas/documents.ts';
import { followJob, uploadDocument } from '../../api/upload.ts';

/** Where an upload stands. Errors are kept raw so their message follows the interface language. */
export type UploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; fraction: number }
  | { phase: 'processing'; job: JobDto }
  | { phase: 'done'; documentId: string; filename: string }
  | { phase: 'duplicate'; documentId: string; title: string | null }
  | { phase: 'error'; error: unknown };

/** Runs one upload: send with progress, then follow the job until it ends. */
export function useUpload(onFinished: () => void) {
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const ctrlRef = useRef<AbortController | null>(null);

  useEffect(() => () => ctrlRef.current?.abort(), []);

  const start = useCallback(
    async (form: FormData) => {
      ctrlRef.current?.abort();
      const ctrl = new AbortController();
      ctrlRef.current = ctrl;
      setState({ phase: 'uploading', fraction: 0 });
      try {
        const accepted = await uploadDocument(form, (fraction) => setState({ phase: 'uploading', fraction }), ctrl.signal);
        if (accepted.kind === 'duplicate') {
          setState({ phase: 'duplicate', documentId: accepted.document.id, title: accepted.document.title });
        } else {
          setState({ phase: 'processing', job: accepted.job });
          const job = await followJob(accepted.job.id, (j) => setState({ phase: 'processing', job: j }), ctrl.signal);
          if (!job.documentId) throw new Error(`Job ${job.id} ended without a document`);
          setState(
            job.state === 'duplicate'
              ? { phase: 'duplicate', documentId: job.documentId, title: null }
              : { phase: 'done', documentId: job.documentId, filename: job.filename },
          );
        }
        onFinished();
      } catch (error) {
        if (!ctrl.signal.aborted) setState({ phase: 'error', error });
      }
    },
    [onFinished],
  );

  const busy = state.phase === 'uploading' || state.phase === 'processing';
  return { state, start, busy };
}
