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
import { BUILTINS, buildProgram, PhraseProgram, type Builtin, type Element } from './program';
import type { Tokens } from './tokens';
import { splitWords, vocabulary, type Vocabulary } from './vocabulary';

export type SlotTable = Readonly<Record<string, readonly string[]>>;

export type PhraseMatch<T> = { value: T; phrase: string; start: number; end: number };

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

  constructor(
    private readonly slots: SlotTable,
    private readonly vocab: Vocabulary,
  ) {}

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
    this.vocab.add(tokenized.flat());
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

/** Reads each phrase into its elements and the words (or "{#}"-style built-ins) it may start with. */
export function readPhrases(phrases: readonly string[], slots: SlotTable, vocab: Vocabulary): Array<{ seq: Element[]; firstKeys: Set<string> }> {
  const compiler = new Compiler(slots, vocab);
  return phrases.map((phrase) => {
    const seq = compiler.compile(phrase);
    return { seq, firstKeys: firstKeys(seq) };
  });
}

/** A set of phrases, each with a value (a level, a kind), matched in one pass over a text's words. */
export class PhraseSet<T> {
  readonly size: number;
  /** The phrases as given. */
  readonly entries: Array<{ phrase: string; value: T }>;

  /** The compiled graph (its data is what compiled.ts holds). */
  readonly program: PhraseProgram;

  /**
   * Compiles the phrases over a vocabulary (by default the lexicons'; their words join it, as the
   * tokenizer reads only words some phrase uses), or takes a program compiled from these phrases before.
   */
  constructor(entries: ReadonlyArray<{ phrase: string; value: T }>, slots: SlotTable = {}, over: Vocabulary | PhraseProgram = vocabulary()) {
    this.entries = [...entries];
    this.size = entries.length;
    if (over instanceof PhraseProgram) {
      this.program = over;
    } else {
      this.program = buildProgram(readPhrases(entries.map((e) => e.phrase), slots, over), over);
    }
  }

  /**
   * Every match in words [from, to), in text order; stop by returning false. `found` gets the
   * phrase's index in `entries` (no object per match): see scan() for matches as objects.
   */
  scanIndexed(tokens: Tokens, found: (phrase: number, start: number, end: number) => boolean | void, from = 0, to = tokens.words.length): void {
    this.program.scan(tokens, found, from, to);
  }

  /** Every match in words [from, to), in text order; stop by returning false. */
  scan(tokens: Tokens, visit: (m: PhraseMatch<T>) => boolean | void, from = 0, to = tokens.words.length): void {
    this.program.scan(tokens, (p, start, end) => {
      const { phrase, value } = this.entries[p] as { phrase: string; value: T };
      return visit({ value, phrase, start, end });
    }, from, to);
  }

  /** Whether some phrase matches in the text. */
  test(tokens: Tokens, from = 0, to = tokens.words.length): boolean {
    let found = false;
    this.program.scan(tokens, () => {
      found = true;
      return false;
    }, from, to);
    return found;
  }
}
