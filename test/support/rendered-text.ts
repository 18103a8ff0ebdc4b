/**
 * What a person should never have to read: machine text in a rendered page or document. Used by the
 * rendered-text test (documents) and by the browser journeys (screens), so both judge alike.
 *
 * - record ids: a slug ending in a hash ("staff-a35bce3a", "hu-107-2027-03-02-390cf9b7"), a slug
 *   with a number ("tj-ipp-2009", "cz-105"), or any id the caller knows (people, posts, channels);
 * - enum values in snake_case ("jointly_agreed", "no_due_date");
 * - a bare country code in brackets ("(TJ)") or a run of area codes ("BSC, SEC") where names belong;
 * - in French and Russian, English function words outside the content people wrote (which the
 *   documents mark translate="no", as HTML means it).
 */
export interface MachineTextOptions {
  lang: 'en' | 'fr' | 'ru';
  /** Ids of records the text may name (people, posts, organizations, channels…): never as text. */
  ids?: Iterable<string>;
  /** Codes that have names (areas of cooperation): never alone in a list. */
  codes?: Iterable<string>;
}

const PATTERNS: [string, RegExp][] = [
  ['id with a hash', /\b[a-z0-9]+(?:-[a-z0-9]+)*-[0-9a-f]{8}\b/g],
  ['id with a number', /\b[a-z]{2,}(?:-[a-z]+)*-\d+(?:-[a-z0-9]+)*\b/g],
  ['snake_case value', /\b[a-z]+(?:_[a-z0-9]+)+\b/g],
  ['bare country code', /\([A-Z]{2}\)/g],
];

// Words English needs and French and Russian do not have: one of them in a fr/ru page is English
// that was not translated.
const ENGLISH =
  /\b(the|of|and|with|from|none|yes|days|vacant|renewed|renews|added|removed|status|approved|by)\b/gi;

export function machineText(text: string, options: MachineTextOptions): string[] {
  const found: string[] = [];
  for (const [what, pattern] of PATTERNS)
    for (const m of text.matchAll(pattern)) if (!/^\d/.test(m[0])) found.push(`${what}: ${m[0]}`);
  for (const id of options.ids ?? []) {
    if (id.length < 4) continue;
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`(^|[^\\p{L}\\p{N}/.-])${escaped}($|[^\\p{L}\\p{N}/-])`, 'u').test(text))
      found.push(`record id: ${id}`);
  }
  const codes = [...(options.codes ?? [])];
  if (codes.length > 0) {
    const alt = codes.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    for (const m of text.matchAll(new RegExp(`\\b(?:${alt})(?:, (?:${alt}))+\\b`, 'g')))
      found.push(`codes without names: ${m[0]}`);
  }
  if (options.lang !== 'en')
    for (const m of text.matchAll(ENGLISH)) found.push(`English in ${options.lang}: ${m[0]}`);
  return [...new Set(found)];
}

/** The text of an HTML document a person reads: no markup, scripts, styles or translate="no" content. */
export function readableTextOfHtml(html: string): string {
  return html
    .replace(/<(script|style|title)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<([a-z0-9]+)[^>]*translate="no"[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(
      /&(amp|lt|gt|quot|#39);/g,
      (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '',
    )
    .replace(/\s+/g, ' ');
}

/**
 * The text a person reads on the current screen of a browser page (what innerText gives, without
 * content marked translate="no", form values or code), for the journeys to judge with machineText.
 */
export const READABLE_TEXT_IN_PAGE = `(() => {
  const root = document.body.cloneNode(true);
  for (const el of root.querySelectorAll('[translate="no"], script, style, code, kbd, input, textarea, select, [aria-hidden="true"]')) el.remove();
  document.body.appendChild(root);
  root.style.position = 'absolute';
  const text = root.innerText;
  root.remove();
  return text;
})()`;
