// The texts the checklist reads (subject, description, every comment), each parsed once, plus a
// defensive copy of the ticket: callers hand in data straight from ZAF, where anything may be missing.
import { isAppNote } from '../appNote';
import type { CustomFieldValue, TicketAttachment, TicketSnapshot } from '../types';
import { parseSections, toLines, type Section } from './sections';
import { maskRequests } from './requests';
import { eachMatchInLines, eachMatchInText, htmlToText, sameLineRuns, type LinePattern, type LineSpan } from './text';
import { findUrls, type FoundUrl } from './urls';
import { tokenize, type Tokens } from './lexicon/tokens';
import { matchAll, type TextMatches } from './lexicon';

export type Source = {
  /** Where evidence points: "subject", "description", "comment 3". */
  where: string;
  kind: 'subject' | 'description' | 'comment';
  text: string;
  /** The text before its asks were blanked (only where there were some): what the writer asked for. */
  unmasked?: string;
  lines: string[];
  sections: Section[];
  /** Inline image sources from HTML bodies. */
  images: string[];
  /** Links in the text, found once for every detector (filled by buildCorpus). */
  urls: FoundUrl[];
  /** Offset of this text in the corpus. */
  start: number;
  /** A later comment that greets the requester by name ("Hi Kevin! Yes - ..."): support writing to them. */
  greetsRequester?: boolean;
  /** A private note: written by support, whatever it tells. */
  internal?: boolean;
};

/**
 * All sources' texts joined, so each prose pattern runs once per ticket rather than once per
 * comment (500 comments made the per-call cost of ~20 patterns the largest part of the time).
 * Sources are separated by a blank line, which none of the patterns crosses.
 */
export type Corpus = { text: string; lower: string; sources: Source[]; tokens?: Tokens; matches?: TextMatches };

const SEPARATOR = '\n\n';
const NO_SOURCE: Source = { where: 'ticket', kind: 'description', text: '', lines: [], sections: [], images: [], urls: [], start: 0 };

export type SafeTicket = {
  subject: string;
  description: string;
  organization: string;
  requesterEmail: string;
  requesterName: string;
  tags: string[];
  customFields: Record<string, CustomFieldValue>;
  /** `internal`: a private note (the customer never wrote it). */
  comments: Array<{ body: string; attachments: TicketAttachment[]; internal: boolean }>;
};

function str(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

function obj(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
}

/** Reads whatever shape arrived, without trusting the static type. */
export function toSafeTicket(ticket: TicketSnapshot | null | undefined): SafeTicket {
  const t = obj(ticket);
  const rawComments = Array.isArray(t.comments) ? (t.comments as unknown[]) : [];
  const comments = rawComments.map((c) => {
    const comment = obj(c);
    const attachments = (Array.isArray(comment.attachments) ? (comment.attachments as unknown[]) : []).map((a) => {
      const att = obj(a);
      return { fileName: str(att.fileName), contentType: str(att.contentType), url: str(att.url) || undefined };
    });
    return { body: str(comment.body), attachments, internal: comment.public === false };
  });
  return {
    subject: str(t.subject),
    description: str(t.description),
    organization: str(obj(t.organization).name).trim(),
    requesterEmail: str(obj(t.requester).email).trim(),
    requesterName: str(obj(t.requester).name).trim(),
    tags: Array.isArray(t.tags) ? (t.tags as unknown[]).filter((x): x is string => typeof x === 'string') : [],
    customFields: obj(t.customFields) as Record<string, CustomFieldValue>,
    comments,
  };
}

function makeSource(where: string, kind: Source['kind'], body: string): Source {
  const { text: plain, images } = htmlToText(body);
  const text = maskRequests(plain);
  const lines = toLines(text);
  const source: Source = { where, kind, text, lines, sections: parseSections(lines), images, urls: [], start: 0 };
  if (text !== plain) source.unmasked = plain;
  return source;
}

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 11;

/** Equal but for whitespace, compared in place: most comments differ within a few characters. */
export function sameText(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && isSpace(a.charCodeAt(i))) i++;
    while (j < b.length && isSpace(b.charCodeAt(j))) j++;
    if (i >= a.length || j >= b.length) return i >= a.length && j >= b.length;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
    i++;
    j++;
  }
}

// "Hi Kevin!", "Hello Ms. Tran,", "Hola Yesenia": a message that opens on the requester's name (not the
// requester's own "Hi, Pat again with the steps", "Hello Pat here", nor a colleague's "Hi Pat, I'm the teacher in room 12").
const GREETING = /^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|hola|buen(?:os|as) (?:d[ií]as|tardes|noches)|estimad[oa])[ ,]+(?:(?:mr|mrs|ms|dr|sr|sra|srta)\.?\s+)?(\p{L}[\p{L}'-]*)(?![\s,!.]*(?:here|again|i'm|im|i am|this is|from)\b)/iu;

/** Whether a comment opens by greeting the requester by their first (or last) name. */
function greets(source: Source, names: ReadonlySet<string>): boolean {
  const first = source.lines.find((line) => line.trim() !== '');
  const name = first === undefined ? undefined : GREETING.exec(first)?.[1];
  return name !== undefined && names.has(name.toLowerCase());
}

/**
 * Subject, description and comments as sources. The first comment is usually the description itself
 * (ZAF lists it among the comments), so a comment whose text equals the description is not read twice;
 * the app's own notes are not read at all.
 */
export function buildSources(ticket: SafeTicket): Source[] {
  const sources: Source[] = [];
  // The requester's first and last names ("Kevin Tran"): not a title, not an initial.
  const requesterNames = new Set(ticket.requesterName.toLowerCase().split(/[\s,]+/).filter((w) => w.length > 1 && !/^(?:mr|mrs|ms|dr|sr|sra|srta)\.?$/.test(w)));
  if (ticket.subject.trim()) sources.push(makeSource('subject', 'subject', ticket.subject));
  const description = makeSource('description', 'description', ticket.description);
  sources.push(description);
  const hasDescription = description.text.trim() !== '';
  ticket.comments.forEach((comment, index) => {
    if (!comment.body.trim()) return;
    if (comment.body === ticket.description && hasDescription) return;
    // The app's own notes (its channel link, its escalation id) say nothing about the ticket.
    if (isAppNote(comment.body)) return;
    const source = makeSource(`comment ${index + 1}`, 'comment', comment.body);
    if (index > 0 && greets(source, requesterNames)) source.greetsRequester = true;
    if (comment.internal) source.internal = true;
    // The description again in another form (HTML where the description is text), wherever it sits.
    if (hasDescription && sameText(source.text, description.text)) return;
    sources.push(source);
  });
  return sources;
}

/** Lower case that keeps every index: the rare letters whose lower case is longer stay as they are. */
export function sameLengthLower(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = '';
  for (const c of s) {
    const l = c.toLowerCase();
    out += l.length === c.length ? l : c;
  }
  return out;
}

export function buildCorpus(sources: Source[]): Corpus {
  let offset = 0;
  for (const source of sources) {
    source.start = offset;
    offset += source.text.length + SEPARATOR.length;
  }
  const text = sources.map((s) => s.text).join(SEPARATOR);
  const corpus: Corpus = { text, lower: sameLengthLower(text), sources };
  sameLineRuns(corpus.lower, text);
  for (const url of findUrls(text)) sourceAt(corpus, url.index).urls.push(url);
  return corpus;
}

/** The corpus's words, for the lexicon's phrases: tokenized on first use. */
export function tokensOf(corpus: Corpus): Tokens {
  return (corpus.tokens ??= tokenize(corpus.text));
}

/** What the lexicon's phrases find in the corpus: one scan for every detector, on first use. */
export function matchesOf(corpus: Corpus): TextMatches {
  return (corpus.matches ??= matchAll(tokensOf(corpus)));
}

/** The source holding a corpus offset. */
export function sourceAt(corpus: Corpus, index: number): Source {
  const { sources } = corpus;
  let lo = 0;
  let hi = sources.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sources[mid]?.start ?? 0) <= index) lo = mid;
    else hi = mid - 1;
  }
  return sources[lo] ?? NO_SOURCE;
}

/**
 * Whether the lower-cased corpus holds one of a few words, given as a plain alternation
 * (/repro|replica/): a gate before a costly pattern. Such a regex skips through the text on its
 * literal words; String.includes of each word crawls when it starts with a common letter or a space.
 * The pattern has no g flag (test() would then go on from its last match).
 */
export function mentionsAny(corpus: Corpus, words: RegExp): boolean {
  return words.test(corpus.lower);
}

/**
 * Runs a lower-case global pattern with the `d` flag (or a pair, see LinePattern) over the
 * lower-cased corpus (about twice as fast as a case-insensitive scan), or over some of its lines, and hands each match over with its
 * text and groups as written. The lower-cased corpus keeps every index, so the match indices point
 * into the original text as well: no case-insensitive twin of the pattern to compile and run.
 */
export function eachCasedMatch(corpus: Corpus, re: LinePattern, visit: (m: RegExpExecArray) => boolean | void, lines?: readonly LineSpan[]): void {
  const withCase = (m: RegExpExecArray): boolean | void => {
    const { indices } = m;
    // Without the d flag the groups would quietly stay lower case.
    if (!indices) throw new Error(`eachCasedMatch needs the d flag: /${(re instanceof RegExp ? re : re.ascii).source}/`);
    // Indices are within the line scanned; m.index is already in the whole corpus.
    const offset = m.index - (indices[0]?.[0] ?? m.index);
    for (let g = 0; g < m.length; g++) {
      const span = indices[g];
      if (span) m[g] = corpus.text.slice(span[0] + offset, span[1] + offset);
    }
    return visit(m);
  };
  if (lines) eachMatchInLines(corpus.lower, lines, re, withCase);
  else eachMatchInText(corpus.lower, re, withCase);
}

/** Runs a global pattern over text, calling visit per match until it returns false. */
export function eachMatch(re: RegExp, text: string, visit: (m: RegExpExecArray) => boolean | void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (visit(m) === false) return;
    if (m[0] === '') re.lastIndex++;
  }
}
