import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { IngestError } from '../../ingest/errors.ts';
import { sniffFormat } from '../../ingest/stages/sniff.ts';
import { getDocument } from '../../ingest/store/documents.repo.ts';
import type { AppDeps } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { presentJob, presentSummary } from '../presenters/document.ts';
import { DocumentSummary, JobDto } from '../schemas/documents.ts';
import { validationHook } from '../validation.ts';
import { problemResponse } from './responses.ts';


const UploadForm = z.object({
  file: z.instanceof(File).openapi({ type: 'string', format: 'binary', description: 'PDF, HTML, plain text or Markdown' }),
  title: z.string().trim().min(1).max(500).optional(),
  lang: z.enum(['fr', 'en']).optional(),
  publishedOn: z.iso.date().optional(),
  kind: z.string().trim().min(1).max(100).optional(),
  publisher: z.string().trim().min(1).max(300).optional(),
  authors: z.string().trim().max(1000).optional().openapi({ description: 'comma-separated' }),
  source: z.string().trim().min(1).max(1000).optional(),
});

const upload = createRoute({
  method: 'post',
  path: '/documents',
  summary: 'Upload a document; ingestion runs as a job',
  request: { body: { content: { 'multipart/form-data': { schema: UploadForm } }, required: true } },
  responses: {
    202: { content: { 'application/json': { schema: z.object({ job: JobDto }) } }, description: 'Queued; poll the job' },
    200: { content: { 'application/json': { schema: z.object({ duplicate: z.literal(true), document: DocumentSummary }) } }, description: 'Already present' },
    400: problemResponse('Invalid form'),
    413: problemResponse('Too large'),
    415: problemResponse('Not a PDF, HTML, text or Markdown file'),
    422: problemResponse('Empty or unreadable'),
  },
});

const JobParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const job = createRoute({
  method: 'get',
  path: '/jobs/{id}',
  summary: 'State and progress of an ingestion job',
  request: { params: JobParam },
  responses: { 200: { content: { 'application/json': { schema: JobDto } }, description: 'Job' }, 404: problemResponse('Unknown job') },
});

/** Upload and job routes. The type is checked from the bytes here, so a bad file fails before it is queued. */
export function uploadRoutes({ db, queue, config }: AppDeps) {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  const limitMb = Math.round(config.maxUploadBytes / 1048576);
  app.use(
    '/documents',
    bodyLimit({
      maxSize: config.maxUploadBytes + 64 * 1024, // room for the multipart envelope
      onError: () => {
        throw new AppError(413, 'TOO_LARGE', 'File too large', `Uploads are limited to ${limitMb} MB (CONCORDE_MAX_UPLOAD_MB).`);
      },
    }),
  );
  return app
    .openapi(upload, async (c) => {
      const form = c.req.valid('form');
      const bytes = new Uint8Array(await form.file.arrayBuffer());
      const filename = safeName(form.file.name);
      if (bytes.byteLength > config.maxUploadBytes) throw new IngestError('TOO_LARGE', `${filename} is larger than ${limitMb} MB.`);
      sniffFormat(bytes, filename, form.file.type); // throws EMPTY_FILE / UNSUPPORTED_FORMAT with a clear message
      const overrides = {
        ...(form.title ? { title: form.title } : {}),
        ...(form.lang ? { lang: form.lang } : {}),
        ...(form.publishedOn ? { publishedOn: form.publishedOn, datePrecision: 'day' as const } : {}),
        ...(form.kind ? { kind: form.kind } : {}),
        ...(form.publisher ? { publisher: form.publisher } : {}),
        ...(form.source ? { source: form.source } : {}),
        ...(form.authors ? { authors: form.authors.split(',').map((a) => a.trim()).filter(Boolean) } : {}),
      };
      const out = await queue.submit({ bytes, filename, mime: form.file.type || undefined, overrides });
      if (out.kind === 'duplicate') {
        const doc = await getDocument(db, out.documentId);
        if (!doc) throw notFound('document', out.documentId);
        return c.json({ duplicate: true as const, document: presentSummary(doc) }, 200);
      }
      c.header('Location', `/api/jobs/${out.job.id}`);
      return c.json({ job: presentJob(out.job) }, 202);
    })
    .openapi(job, async (c) => {
      const { id } = c.req.valid('param');
      const j = await queue.getJob(id);
      if (!j) throw notFound('job', id);
      return c.json(presentJob(j), 200);
    });
}

/** Upload names are labels only: never used as paths; control characters and folders dropped. */
function safeName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 255);
  return clean || 'upload';
}
