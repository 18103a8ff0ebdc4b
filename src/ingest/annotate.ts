import { foldForSearch } from '../domain/core/search-text.js';
import { readLayout } from './dateline.js';
import { findDates } from './dates.js';
import { compileGazetteer, type Gazetteer } from './gazetteer.js';
import { detectReportLanguage, type ReportLanguage, rulesFor } from './language.js';
import { findNames } from './person-names.js';
import { splitSentences } from './sentences.js';
import { normalizeText, tokenize } from './text.js';

/** Where a recognised name, date or place sits in the (normalized) text, for a reviewer to see. */
export interface Span {
  kind: 'person' | 'date' | 'place' | 'dateline';
  start: number;
  end: number;
  text: string;
  /** person id, ISO day, or city */
  value: string | null;
}

/** "The Special Representative …, Ambassador Robert F. Simmons": a report naming who holds a post. */
export interface PostStatement {
  person_id: string | null;
  name: string;
  post_id: string;
  post_label: string;
  sentence: string;
  start: number;
  end: number;
}

export interface Annotation {
  /** the text the offsets refer to: the input with entities, quotes and spaces normalized */
  text: string;
  spans: Span[];
  statements: PostStatement[];
}

const fold = (s: string) => foldForSearch(s.replace(/[\u2018\u2019]/g, "'"));

/**
 * The names, days and places recognised in a report, with their offsets, and the posts it says people
 * hold. Pure, like extractReport; `posts` are the registry's posts whose titles are looked for.
 */
export function annotateReport(
  raw: string,
  options: {
    published?: string | null;
    gazetteer: Gazetteer;
    posts: readonly { id: string; label: string }[];
    /** read in this language rather than the detected one */
    language?: ReportLanguage;
  },
): Annotation {
  const text = normalizeText(raw);
  const language = options.language ?? detectReportLanguage(text);
  const lang = rulesFor(language);
  const g = compileGazetteer(options.gazetteer);
  const layout = readLayout(text, lang, options.published ?? null, g, language);
  const reference = layout.dateline.date ?? options.published ?? layout.headerDate;
  const spans: Span[] = [];
  if (layout.bodyOffset > 0) {
    const head = text.slice(0, layout.bodyOffset).trimEnd();
    spans.push({ kind: 'dateline', start: 0, end: head.length, text: head, value: layout.dateline.date });
  }
  const labels = options.posts.map((p) => ({
    ...p,
    folded: fold(p.label),
    bare: fold(p.label.replace(/^NATO\s+/, '')),
  }));
  const statements: PostStatement[] = [];
  for (const s of splitSentences(layout.body, layout.bodyOffset)) {
    const tokens = tokenize(s.text);
    const names = findNames(s.text, tokens, lang, g).filter((m) => m.strong || m.person);
    let previousEnd = 0;
    for (const m of names) {
      const start = s.start + m.start;
      spans.push({
        kind: 'person',
        start,
        end: s.start + m.end,
        text: text.slice(start, s.start + m.end),
        value: m.person?.id ?? null,
      });
      const before = fold(s.text.slice(previousEnd, m.start));
      const post = labels.find((p) => before.includes(p.folded) || before.includes(p.bare));
      if (post) {
        statements.push({
          person_id: m.person?.id ?? null,
          name: m.name,
          post_id: post.id,
          post_label: post.label,
          sentence: s.text,
          start: s.start,
          end: s.start + s.text.length,
        });
      }
      previousEnd = m.end;
    }
    for (const d of findDates(s.text, language, reference)) {
      const start = s.start + d.index;
      spans.push({ kind: 'date', start, end: start + d.text.length, text: d.text, value: d.date });
    }
    for (const p of g.places.findAll(tokens)) {
      const a = tokens[p.start];
      const b = tokens[p.end - 1];
      if (!a || !b) continue;
      spans.push({
        kind: 'place',
        start: s.start + a.start,
        end: s.start + b.end,
        text: s.text.slice(a.start, b.end),
        value: p.value.city,
      });
    }
  }
  spans.sort((x, y) => x.start - y.start || x.end - y.end);
  return { text, spans, statements };
}
