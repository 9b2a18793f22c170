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
import { Break, Kind, type Tokens } from './tokens';
import { splitWords, vocabulary } from './vocabulary';

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


const BUILTIN_BIT: Record<Builtin, number> = { '#': Kind.Number, ordinal: Kind.Ordinal, Name: Kind.Name, any: Kind.Any };

function wordKinds(tokens: Tokens): Uint8Array {
  return tokens.kinds;
}

function builtinHolds(name: Builtin, tokens: Tokens, w: number): boolean {
  return ((wordKinds(tokens)[w] ?? 0) & BUILTIN_BIT[name]) !== 0;
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
    const tokenized = alternatives.map((a) => splitWords(a));
    // The tokenizer reads only words some phrase uses: a phrase outside the lexicons adds its own.
    vocabulary().add(tokenized.flat());
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
    const seqs = mergeSingleWords(list.map((p) => this.compile(p)));
    this.compiling.delete(name);
    this.slotCache.set(name, seqs);
    return seqs;
  }
}

/**
 * A slot's one-word phrases as one set of words: one lookup instead of one try per phrase (a
 * {person} slot has some thirty of them).
 */
function mergeSingleWords(seqs: Element[][]): Element[][] {
  const single = new Set<string>();
  const rest: Element[][] = [];
  for (const seq of seqs) {
    const only = seq.length === 1 ? seq[0] : undefined;
    if (only?.kind === 'words' && !only.optional) for (const word of only.words) single.add(word);
    else rest.push(seq);
  }
  return single.size > 0 ? [[{ kind: 'words', words: single, optional: false }], ...rest] : rest;
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

/** What is left to match after a group: the rest of the enclosing sequence, and what encloses that. */
type Rest = { seq: readonly Element[]; k: number; next: Rest } | null;

/** Whether word `at` may join a phrase that reached word w (no break between, but where allowed). */
function canTake(tokens: Tokens, at: number, w: number, first: boolean, clauseOk: boolean): boolean {
  if (at >= tokens.words.length) return false;
  if (first && at === w) return true;
  const b = tokens.breaks[at];
  return b === Break.None || (b === Break.Clause && clauseOk && at === w);
}

/**
 * The longest end (exclusive) at which seq[k..], then `rest`, matches from word w; -1 if none.
 * Plain recursion without closures: this runs for every candidate phrase at many words of a 200 KB
 * ticket. `first`: w is the phrase's first word; `clauseOk`: a clause break may stand before w.
 */
function longestEnd(seq: readonly Element[], k: number, rest: Rest, tokens: Tokens, w: number, first: boolean, clauseOk: boolean): number {
  const e = seq[k];
  if (!e) return rest ? longestEnd(rest.seq, rest.k, rest.next, tokens, w, first, clauseOk) : w;
  let best = -1;
  switch (e.kind) {
    case 'comma':
      return longestEnd(seq, k + 1, rest, tokens, w, first, true);
    case 'gap':
      for (let skip = 0; skip <= e.max; skip++) {
        if (skip > 0 && !canTake(tokens, w + skip - 1, w, first, clauseOk)) break;
        best = Math.max(best, longestEnd(seq, k + 1, rest, tokens, w + skip, first && skip === 0, clauseOk && skip === 0));
      }
      return best;
    case 'words':
      if (canTake(tokens, w, w, first, clauseOk) && e.words.has(tokens.words[w] as string)) best = longestEnd(seq, k + 1, rest, tokens, w + 1, false, false);
      break;
    case 'builtin':
      if (canTake(tokens, w, w, first, clauseOk) && builtinHolds(e.name, tokens, w)) best = longestEnd(seq, k + 1, rest, tokens, w + 1, false, false);
      break;
    case 'seqs': {
      const after: Rest = { seq, k: k + 1, next: rest };
      for (const sub of e.seqs) if (sub.length > 0) best = Math.max(best, longestEnd(sub, 0, after, tokens, w, first, clauseOk));
      break;
    }
  }
  if (e.optional) best = Math.max(best, longestEnd(seq, k + 1, rest, tokens, w, first, clauseOk));
  return best;
}

type Compiled<T> = { seq: Element[]; value: T; phrase: string };

/**
 * A cheap no before the full try: when the phrase's first words are plain words, the word after the
 * first must be one of the next ones. "the" starts seven phrases and follows almost every verb.
 */
function cannotStartHere(seq: readonly Element[], tokens: Tokens, w: number): boolean {
  let k = 0;
  const word = tokens.words[w] as string;
  let e = seq[k];
  if (e?.kind === 'words' && e.optional && !e.words.has(word)) e = seq[++k];
  if (e?.kind !== 'words' || !e.words.has(word)) return false;
  const next = seq[k + 1];
  if (next?.kind !== 'words' || next.optional) return false;
  return tokens.breaks[w + 1] !== Break.None || !next.words.has(tokens.words[w + 1] ?? '');
}

/** The longest match of each phrase of the list at word w, to visit; false once visit said stop. */
function visitMatches<T>(list: ReadonlyArray<Compiled<T>>, tokens: Tokens, w: number, visit: (m: PhraseMatch<T>) => boolean | void): boolean {
  for (const c of list) {
    if (cannotStartHere(c.seq, tokens, w)) continue;
    const end = longestEnd(c.seq, 0, null, tokens, w, true, false);
    if (end > w && visit({ value: c.value, phrase: c.phrase, start: w, end }) === false) return false;
  }
  return true;
}

/** A set of phrases, each with a value (a level, a kind), matched in one pass over a text's words. */
export class PhraseSet<T> {
  private readonly byFirst = new Map<string, Array<Compiled<T>>>();
  private readonly byBuiltin = new Map<Builtin, Array<Compiled<T>>>();
  /** The built-ins some phrase starts with, as bits of wordKinds. */
  private builtinMask = 0;
  readonly size: number;
  /** The phrases as given, so sets can be merged into one scan. */
  readonly entries: Array<{ phrase: string; value: T }>;

  constructor(entries: ReadonlyArray<{ phrase: string; value: T }>, slots: SlotTable = {}) {
    this.entries = [...entries];
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
    for (const name of this.byBuiltin.keys()) this.builtinMask |= BUILTIN_BIT[name];
  }

  /** Every match in words [from, to), in text order; stop by returning false. */
  scan(tokens: Tokens, visit: (m: PhraseMatch<T>) => boolean | void, from = 0, to = tokens.words.length): void {
    const kinds = wordKinds(tokens);
    const { words } = tokens;
    for (let w = from; w < to; w++) {
      const candidates = this.byFirst.get(words[w] as string);
      const kind = kinds[w] ?? 0;
      // Most words start no phrase: two lookups, no allocation.
      if (!candidates && (kind & this.builtinMask) === 0) continue;
      if (candidates && !visitMatches(candidates, tokens, w, visit)) return;
      if ((kind & this.builtinMask) === 0) continue;
      for (const [name, list] of this.byBuiltin) if ((kind & BUILTIN_BIT[name]) !== 0 && !visitMatches(list, tokens, w, visit)) return;
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

