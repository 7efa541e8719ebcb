import type { z } from '@hono/zod-openapi';
import { Problem } from '../schemas/documents.ts';

/** OpenAPI response entries shared by the route files. */
export const problemResponse = (description: string) => ({ content: { 'application/problem+json': { schema: Problem } }, description });
export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
