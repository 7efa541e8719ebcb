import type { ZodError } from 'zod';
import { AppError } from './errors.ts';

/** Turns request-validation failures into the same problem+json as every other error. */
export function validationHook(result: { success: true } | { success: false; error: ZodError }): undefined {
  if (!result.success) {
    const detail = result.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
    throw new AppError(400, 'INVALID_INPUT', 'Invalid request', detail);
  }
  return undefined;
}
