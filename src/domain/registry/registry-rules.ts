import { DomainError, type FieldIssue } from '../core/errors.js';
import { endsBeforeStart } from '../core/period.js';

/**
 * Rules of the registry that need no database: they run before anything is written, so that one
 * request reports every problem it has at once, each with its field.
 */
export interface NameLike {
  lang: string;
  start_date?: string | null;
  end_date?: string | null;
}

export function nameIssues(names: readonly NameLike[], field = 'names'): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!names.some((n) => n.lang === 'en'))
    issues.push({ field, reason: 'needs at least one English (en) name' });
  names.forEach((n, i) => {
    if (endsBeforeStart({ start: n.start_date ?? null, end: n.end_date ?? null })) {
      issues.push({
        field: `${field}[${i}].end_date`,
        reason: `${n.end_date} is before start_date ${n.start_date}`,
      });
    }
  });
  return issues;
}

export function periodIssues(start: string | null | undefined, end: string | null | undefined): FieldIssue[] {
  if (start && end && endsBeforeStart({ start, end })) {
    return [{ field: 'end_date', reason: `${end} is before start_date ${start}` }];
  }
  return [];
}

/** Throws one error naming every issue, or returns when there are none. */
export function rejectIssues(code: ConstructorParameters<typeof DomainError>[0], issues: FieldIssue[]): void {
  if (issues.length === 0) return;
  throw new DomainError(code, issues.map((i) => `${i.field}: ${i.reason}`).join('; '), issues);
}
