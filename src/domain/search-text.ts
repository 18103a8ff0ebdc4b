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
