import { randomUUID } from 'node:crypto';
import { foldForSearch } from './search-text.js';

/** A readable identifier from a label ("Ministry of Foreign Affairs" → ministry-of-foreign-affairs-3f9a1c). */
export function newId(label?: string): string {
  const suffix = randomUUID().slice(0, 8);
  const slug = foldForSearch(label ?? '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug ? `${slug}-${suffix}` : suffix;
}
