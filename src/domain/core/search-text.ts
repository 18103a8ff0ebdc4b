/**
 * Text folded for search on both databases alike: SQLite's lower() knows only ASCII, so folding
 * happens here (Cyrillic included) and the stored `search` column is compared with LIKE.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A LIKE pattern matching the folded query anywhere, with LIKE's wildcards escaped by backslash. */
export function containsPattern(query: string): string {
  return `%${foldForSearch(query).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The folded query as an FTS5 phrase for a trigram index, or null when it is shorter than a trigram
 * (such a term cannot use the index). The phrase matches every text containing the query, and more
 * only where the index folds case further than LIKE does, so a LIKE beside it keeps results exact.
 */
export function trigramPhrase(query: string): string | null {
  const folded = foldForSearch(query);
  if ([...folded].length < 3) return null;
  return `"${folded.replaceAll('"', '""')}"`;
}
