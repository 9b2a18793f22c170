// User ids told in words rather than under a label: "my username is rkowalski", "his ID is
// 3319054", "Kevin Tran (ktran@oakridgesd.org)", and the bare answer to an agent's "what's your
// login?" in the next message or chat turn.
import type { IdWord } from './lexicon';
import type { PhraseMatch } from './lexicon/phrases';
import type { Tokens } from './lexicon/tokens';
import { Finding } from './finding';
import { matchesOf, sourceAt, tokensOf, type Corpus } from './source';
import { isStatedAt } from './tokenContext';

// Ids that are something else: a revision, a request, an error.
export const OTHER_ID_CONTEXT = /(?:revision|\brev\b|course|request|trace|correlation|session|error|ticket|job|build|version|assignment|activity|item|lesson|org|district|school|tenant|section|class|sourced ?id|client|deployment|registration|key|secret|instance|platform)\w*\W{0,20}$/i;

const EMAIL = /^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}/;
const NUMBER_ID = /^(?=[\w-]{0,40}\d)[A-Za-z0-9][\w-]{3,40}(?![\w@])/;
const LOGIN = /^[A-Za-z][\w.-]{2,40}(?![\w@])/;
// After the words: spaces, "is", ":", "=", "#" (the phrase may have left its "is" out).
const GAP = /^[\s:=#-]{0,4}(?:(?:is|es|=)\s{1,3})?/i;
// A name, then an email in brackets: "Mr. Ellis (tellis@hawthornesd.org)".
const NAMED_EMAIL = /\p{Lu}[\p{L}'.-]{1,30}\s{1,3}\(([\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4})\)/gu;
// A chat turn or message that is only the answer: "(01:05:59 PM) Ms. Haddad: rhaddad@ridgeview.k12.mo.us".
const SPEAKER = /^\s*(?:\([^)]{1,20}\)\s*)?(?:[\p{L}.' ]{1,40}:\s+)?/u;
const BARE_ANSWER_LINES = 3;
const CONTACT_LABEL = /^(?:e-?mail(?: address)?|correo(?: electr[oó]nico)?|contact(?: email)?|from|to|cc|bcc|reply-to|sent|de|para|enviado|phone|tel[eé]fono|requested by|submitted by|name|nombre)$/i;
// A chat turn that is only an id: an email, a long number, or a login with letters and digits.
const BARE_ID = /^(?:[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}|\d{5,12}|(?=[a-z._]*\d)(?=\d*[a-z])[a-z][a-z0-9._]{3,30})$/i;

function valueAfter(text: string, from: number, at: number, kind: IdWord): string | null {
  const rest = text.slice(at, at + 120);
  const gap = GAP.exec(rest)?.[0] ?? '';
  const value = rest.slice(gap.length);
  const email = EMAIL.exec(value)?.[0];
  if (email) return email;
  if (kind === 'number') return NUMBER_ID.exec(value)?.[0] ?? null;
  // A login without digits only when it is said to be one ("username is rkowalski"), not "login page".
  const said = /[:=]|\b(?:is|es)\b/i.test(gap) || /\b(?:is|es)$/i.test(text.slice(from, at));
  if (kind === 'login') return NUMBER_ID.exec(value)?.[0] ?? (said ? (LOGIN.exec(value)?.[0] ?? null) : null);
  return null;
}

/** An email or an id alone on one of the few lines after a question that asks for one. */
function answerAfter(tokens: Tokens, ask: PhraseMatch<IdWord>): string | null {
  const from = tokens.text.indexOf('\n', tokens.ends[ask.end - 1] ?? 0);
  if (from < 0) return null;
  const lines = tokens.text.slice(from + 1, from + 600).split('\n').filter((l) => l.trim() !== '').slice(0, BARE_ANSWER_LINES);
  // Asked for a username or login, a bare word is one ("rfeld"); asked for an id, it holds digits.
  const login = /user ?name|login|usuario/i.test(spanOf(tokens, ask));
  for (const line of lines) {
    const answer = line.replace(SPEAKER, '').trim().replace(/[.!]$/, '');
    if (EMAIL.exec(answer)?.[0] === answer || NUMBER_ID.exec(answer)?.[0] === answer) return answer;
    if (login && LOGIN.exec(answer)?.[0] === answer) return answer;
  }
  return null;
}

// Logins as people write them, letters then digits: "ajones12", "mreyes27", "tlong31".
const LOGIN_WITH_DIGITS = /(?<![\w.@-])[a-z][a-z._]{1,30}\d{1,4}(?![\w@-])/gi;
const EMAIL_IN_TEXT = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}/g;
const HEADER_LINE = /^\s*(?:from|to|cc|bcc|sent|de|para|enviado|reply-to)\s*:/i;

/**
 * Two or more logins or emails listed on one line ("ajones12, bkim09, crodriguez14", "jsmith@... ->
 * jsmith@..."), or logins in brackets after people ("Two students (mreyes27 and tlong31)"). One
 * address alone on a line is usually a signature's.
 */
function loginLists(corpus: Corpus, add: (index: number, id: string, what: string) => boolean): void {
  for (const source of corpus.sources) {
    if (source.kind === 'subject') continue;
    for (const line of source.lines) {
      // Cheap tests first: most lines hold no list of ids and no bracket after a person.
      const twoEmails = line.indexOf('@') !== line.lastIndexOf('@');
      const listed = twoEmails || ((line.includes(',') || line.includes(' and ')) && /\d/.test(line));
      const bracket = line.includes('(');
      if ((!listed && !bracket) || HEADER_LINE.test(line) || line.trimStart().startsWith('>') || line.includes('[cid:')) continue;
      const at = (): number => Math.max(0, corpus.text.indexOf(line, source.start));
      const bracketed = bracket ? /\b(?:students?|users?|teachers?|kids|accounts?|alumnos?|estudiantes?)\s*\(([a-z][\w.]{1,30}\d[\w.]*)/i.exec(line) : null;
      if (bracketed) {
        add(at(), bracketed[1] ?? '', 'login');
        continue;
      }
      if (!listed) continue;
      const ids = [...(line.match(LOGIN_WITH_DIGITS) ?? []), ...(twoEmails ? (line.match(EMAIL_IN_TEXT) ?? []) : [])];
      if (new Set(ids).size >= 2) add(at(), ids.slice(0, 2).join(', '), 'logins');
    }
  }
}

function spanOf(tokens: Tokens, m: PhraseMatch<IdWord>): string {
  return tokens.text.slice(tokens.starts[m.start] ?? 0, tokens.ends[m.end - 1] ?? 0);
}

export function idsInProse(corpus: Corpus, found: Finding, seen: Set<string>): void {
  const tokens = tokensOf(corpus);
  const add = (index: number, id: string, what: string): boolean => {
    const key = id.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      found.present(`${sourceAt(corpus, index).where}: ${what} ${id}`);
    }
    return !found.full;
  };
  for (const m of matchesOf(corpus).ids) {
    if (found.full) break;
    const at = tokens.ends[m.end - 1] ?? 0;
    if (m.value === 'ask') {
      const answer = tokens.asked[tokens.sentenceOf[m.start] as number] ? answerAfter(tokens, m) : null;
      if (answer) add(at, answer, 'answer');
      continue;
    }
    if (!isStatedAt(tokens, m.start, m.end)) continue;
    // "client id 22003340001", "revision id 88412": an id of something else.
    const start = tokens.starts[m.start] ?? 0;
    if (OTHER_ID_CONTEXT.test(tokens.text.slice(Math.max(0, start - 30), start))) continue;
    const id = valueAfter(tokens.text, start, at, m.value);
    if (id) add(at, id, tokens.text.slice(start, at));
  }
  for (const source of corpus.sources) {
    if (found.full) break;
    if (source.kind === 'subject') continue;
    source.lines.forEach((line) => {
      // A speaker ends with ":": a line without one is no chat turn (most lines; checked before the regex).
      if (!line.includes(':')) return;
      const speaker = SPEAKER.exec(line)?.[0] ?? '';
      const answer = line.slice(speaker.length).trim().replace(/[.!]$/, '');
      // "Email: x@y.org" in a form is its sender's contact line, not a chat turn.
      if (!speaker.includes(':') || CONTACT_LABEL.test(speaker.replace(/[:\s]+$/, '').trim())) return;
      if (BARE_ID.test(answer)) add(source.start + source.text.indexOf(line), answer, 'answer');
    });
  }
  if (!found.full) loginLists(corpus, add);
  if (found.full || !corpus.text.includes('(')) return;
  NAMED_EMAIL.lastIndex = 0;
  for (let m = NAMED_EMAIL.exec(corpus.text); m && !found.full; m = NAMED_EMAIL.exec(corpus.text)) add(m.index, m[1] ?? '', 'email of');
}
