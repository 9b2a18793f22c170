// The one compile step of the lexicon: plain phrases ("only {person}", "every student at {Name} *2
// school") become token sequences, matched word by word against a tokenized text. Word boundaries,
// case, accents and whitespace are the tokenizer's business (tokens.ts), so a phrase says only which
// words, in which order. Phrase syntax (also in ../README.md):
//   word        that word (as the tokenizer reads it: "re-enrolled" is "re enrolled")
//   word(s)     the word, or the word with the ending: "student(s)", "class(es)"
//   a/b/c       any one of the words
//   {a b|c}     any one of the word groups: "{could not|unable to} reproduce"
//   [x]         x or nothing: "[the] whole {class}", "[a/an]"
//   {slot}      one of the lexicon's slot phrases ({person}, {class}, {count}...), or a built-in:
//               {#} a number, {ordinal} 2nd / third / 3ro, {Name} a capitalised word, {any} any word
//   *  *N       up to 3 (or N) other words
//   ,           a comma or other clause break may stand here
// A phrase never crosses a sentence break, nor a clause break where it does not write ",".
import { Break, normalizeWord, tokenize, type Tokens } from './tokens';

type Element =
  | { kind: 'words'; words: ReadonlySet<string>; optional: boolean }
  | { kind: 'seqs'; seqs: Element[][]; optional: boolean }
  | { kind: 'builtin'; name: Builtin; optional: boolean }
  | { kind: 'gap'; max: number }
  | { kind: 'comma' };

const BUILTINS = ['#', 'ordinal', 'Name', 'any'] as const;
type Builtin = (typeof BUILTINS)[number];

export type SlotTable = Readonly<Record<string, readonly string[]>>;

export type PhraseMatch<T> = { value: T; phrase: string; start: number; end: number };

const ORDINAL = /^(?:\d{1,2}(?:st|nd|rd|th|ro|do|er|to|vo|mo|no|ta|a|o)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|primer|primero|primera|segundo|segunda|tercer|tercero|tercera|cuarto|cuarta|quinto|quinta|sexto|sexta)$/;

function builtinHolds(name: Builtin, tokens: Tokens, w: number): boolean {
  const word = tokens.words[w] ?? '';
  switch (name) {
    case '#':
      return /^\d{1,6}$/.test(word);
    case 'ordinal':
      return ORDINAL.test(word);
    case 'Name': {
      const c = tokens.text.charCodeAt(tokens.starts[w] as number);
      return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);
    }
    case 'any':
      return true;
  }
}

export class PhraseError extends Error {}

/** Splits a phrase into its parts, keeping [..] groups whole. */
function parts(phrase: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of phrase.trim()) {
    if (c === '[' || c === '{') depth++;
    if (c === ']' || c === '}') depth--;
    if (c === ' ' && depth === 0) {
      if (current) out.push(current);
      current = '';
    } else current += c;
  }
  if (depth !== 0) throw new PhraseError(`unbalanced brackets in "${phrase}"`);
  if (current) out.push(current);
  return out;
}

class Compiler {
  private readonly slotCache = new Map<string, Element[][]>();
  private readonly compiling = new Set<string>();

  constructor(private readonly slots: SlotTable) {}

  compile(phrase: string): Element[] {
    const elements: Element[] = [];
    for (const part of parts(phrase)) elements.push(...this.element(part, phrase));
    if (elements.length === 0) throw new PhraseError(`empty phrase "${phrase}"`);
    const first = elements[0];
    if (first?.kind === 'gap' || first?.kind === 'comma') throw new PhraseError(`"${phrase}" starts with a gap`);
    return elements;
  }

  private element(part: string, phrase: string): Element[] {
    if (part === ',') return [{ kind: 'comma' }];
    const gap = /^\*(\d?)$/.exec(part);
    if (gap) return [{ kind: 'gap', max: gap[1] ? Number(gap[1]) : 3 }];
    const optional = part.startsWith('[') && part.endsWith(']');
    const body = optional ? part.slice(1, -1).trim() : part;
    if (optional && body.includes(' ')) {
      // "[the whole]": a few words together, or nothing.
      return [{ kind: 'seqs', seqs: [this.compile(body)], optional: true }];
    }
    const group = /^\{(.+\|.+)\}$/.exec(body);
    if (group) {
      const alternatives = (group[1] as string).split('|').map((a) => a.trim());
      if (alternatives.some((a) => a === '')) throw new PhraseError(`empty alternative in "${phrase}"`);
      return [{ kind: 'seqs', seqs: alternatives.map((a) => this.compile(a)), optional }];
    }
    const slot = /^\{(.+)\}$/.exec(body);
    if (slot) {
      const name = slot[1] as string;
      if ((BUILTINS as readonly string[]).includes(name)) return [{ kind: 'builtin', name: name as Builtin, optional }];
      return [{ kind: 'seqs', seqs: this.slot(name, phrase), optional }];
    }
    const alternatives = body.split('/').flatMap(expandEnding);
    if (alternatives.some((a) => a === '')) throw new PhraseError(`empty alternative in "${phrase}"`);
    const tokenized = alternatives.map((a) => tokenize(a).words);
    // "=" or "#" alone is no word: the tokenizer skips it, so a phrase cannot ask for it.
    if (tokenized.some((t) => t.length === 0)) throw new PhraseError(`"${part}" in "${phrase}" holds no word`);
    if (tokenized.every((t) => t.length === 1)) return [{ kind: 'words', words: new Set(tokenized.map((t) => t[0] as string)), optional }];
    return [{ kind: 'seqs', seqs: tokenized.map((t) => t.map((word) => ({ kind: 'words' as const, words: new Set([word]), optional: false }))), optional }];
  }

  private slot(name: string, phrase: string): Element[][] {
    const cached = this.slotCache.get(name);
    if (cached) return cached;
    const list = this.slots[name];
    if (!list) throw new PhraseError(`unknown slot {${name}} in "${phrase}"`);
    if (this.compiling.has(name)) throw new PhraseError(`slot {${name}} refers to itself`);
    this.compiling.add(name);
    const seqs = list.map((p) => this.compile(p));
    this.compiling.delete(name);
    this.slotCache.set(name, seqs);
    return seqs;
  }
}

/** "student(s)" -> student, students; words without an ending stay as they are. */
function expandEnding(word: string): string[] {
  const m = /^(.*[^(])\(([^()]+)\)$/.exec(word);
  return m ? [m[1] as string, `${m[1]}${m[2]}`] : [word];
}

/** The words a sequence can start with, or the built-ins it can start with. */
function firstKeys(seq: readonly Element[], k = 0, keys = new Set<string>()): Set<string> {
  const e = seq[k];
  if (!e) return keys;
  if (e.kind === 'words') for (const w of e.words) keys.add(w);
  else if (e.kind === 'builtin') keys.add(`{${e.name}}`);
  else if (e.kind === 'seqs') for (const s of e.seqs) firstKeys(s, 0, keys);
  if (e.kind === 'gap' || e.kind === 'comma' || ('optional' in e && e.optional) || (e.kind === 'seqs' && e.seqs.some((s) => s.length === 0))) {
    firstKeys(seq, k + 1, keys);
  }
  return keys;
}

/**
 * Ends (exclusive) where seq[k..] matches from word w, first the longest each element can take.
 * `clauseOk`: a clause break may stand before word w (after a "," element).
 */
function* ends(seq: readonly Element[], k: number, tokens: Tokens, w: number, first: boolean, clauseOk: boolean): Generator<number> {
  const e = seq[k];
  if (!e) {
    yield w;
    return;
  }
  const canTake = (at: number): boolean => {
    if (at >= tokens.words.length) return false;
    if (first && at === w) return true;
    const b = tokens.breaks[at];
    return b === Break.None || (b === Break.Clause && clauseOk && at === w);
  };
  switch (e.kind) {
    case 'comma':
      yield* ends(seq, k + 1, tokens, w, first, true);
      return;
    case 'gap':
      for (let skip = 0; skip <= e.max; skip++) {
        let ok = true;
        for (let i = 0; i < skip && ok; i++) ok = canTake(w + i) && (i > 0 || true);
        if (!ok) break;
        yield* ends(seq, k + 1, tokens, w + skip, first && skip === 0, clauseOk && skip === 0);
      }
      return;
    case 'words':
      if (canTake(w) && e.words.has(tokens.words[w] as string)) yield* ends(seq, k + 1, tokens, w + 1, false, false);
      break;
    case 'builtin':
      if (canTake(w) && builtinHolds(e.name, tokens, w)) yield* ends(seq, k + 1, tokens, w + 1, false, false);
      break;
    case 'seqs':
      for (const s of e.seqs) {
        for (const end of ends(s, 0, tokens, w, first, clauseOk)) {
          if (end === w) continue;
          yield* ends(seq, k + 1, tokens, end, false, false);
        }
      }
      break;
  }
  if (e.optional) yield* ends(seq, k + 1, tokens, w, first, clauseOk);
}

type Compiled<T> = { seq: Element[]; value: T; phrase: string };

/** A set of phrases, each with a value (a level, a kind), matched in one pass over a text's words. */
export class PhraseSet<T> {
  private readonly byFirst = new Map<string, Array<Compiled<T>>>();
  private readonly byBuiltin = new Map<Builtin, Array<Compiled<T>>>();
  readonly size: number;

  constructor(entries: ReadonlyArray<{ phrase: string; value: T }>, slots: SlotTable = {}) {
    const compiler = new Compiler(slots);
    for (const { phrase, value } of entries) {
      const compiled = { seq: compiler.compile(phrase), value, phrase };
      for (const key of firstKeys(compiled.seq)) {
        const builtin = /^\{(.+)\}$/.exec(key)?.[1] as Builtin | undefined;
        const map = builtin ? this.byBuiltin : this.byFirst;
        const list = (map as Map<string, Array<Compiled<T>>>).get(builtin ?? key) ?? [];
        if (!list.includes(compiled)) list.push(compiled);
        (map as Map<string, Array<Compiled<T>>>).set(builtin ?? key, list);
      }
    }
    this.size = entries.length;
  }

  /** The longest match of each phrase starting at word w. */
  matchesAt(tokens: Tokens, w: number): Array<PhraseMatch<T>> {
    const out: Array<PhraseMatch<T>> = [];
    const word = tokens.words[w] as string;
    const candidates = this.byFirst.get(word);
    const tryOne = (c: Compiled<T>): void => {
      let best = -1;
      for (const end of ends(c.seq, 0, tokens, w, true, false)) if (end > best) best = end;
      if (best > w) out.push({ value: c.value, phrase: c.phrase, start: w, end: best });
    };
    if (candidates) for (const c of candidates) tryOne(c);
    for (const [name, list] of this.byBuiltin) if (builtinHolds(name, tokens, w)) for (const c of list) tryOne(c);
    return out;
  }

  /** Every match in words [from, to), in text order; stop by returning false. */
  scan(tokens: Tokens, visit: (m: PhraseMatch<T>) => boolean | void, from = 0, to = tokens.words.length): void {
    const hasBuiltins = this.byBuiltin.size > 0;
    for (let w = from; w < to; w++) {
      if (!hasBuiltins && !this.byFirst.has(tokens.words[w] as string)) continue;
      for (const m of this.matchesAt(tokens, w)) if (visit(m) === false) return;
    }
  }

  /** Whether some phrase matches in the text. */
  test(tokens: Tokens, from = 0, to = tokens.words.length): boolean {
    let found = false;
    this.scan(tokens, () => {
      found = true;
      return false;
    }, from, to);
    return found;
  }
}

/** A word as the phrases see it (for detectors that compare a single word). */
export { normalizeWord };
