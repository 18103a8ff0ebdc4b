import type { z } from 'zod';
import type { FieldIssue } from '../../domain/core/errors.js';
import { fieldPath } from '../../domain/core/field-path.js';

/** Zod's issues as field + reason; an unknown key is named as the field it is. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path as (string | number)[];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: fieldPath([...path, key]), reason: 'is not a known field' }));
    }
    return [{ field: fieldPath(path) || '*', reason: issue.message }];
  });
}
