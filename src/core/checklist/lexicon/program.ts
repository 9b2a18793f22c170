// A phrase set as a small graph over word ids, and the matcher that walks it. phrases.ts reads the
// phrase syntax into elements; this file lowers them to nodes in flat typed arrays (no strings, no
// Sets, no allocation while matching), and writes and reads that graph as plain data, so the
// lexicons can be compiled at build time (prebuilt.ts) and loaded without parsing a phrase.
//
// Matching is what the phrase syntax says: from a word, the longest end each phrase reaches; a
// phrase never crosses a sentence break, nor a clause break but where it writes ",".
import { Break, Kind, type Tokens } from './tokens';
import type { Vocabulary } from './vocabulary';

/** A phrase element, as phrases.ts reads it from the syntax. */
export type Element =
  | { kind: 'words'; words: ReadonlySet<string>; optional: boolean }
  | { kind: 'seqs'; seqs: Element[][]; optional: boolean }
  | { kind: 'builtin'; name: Builtin; optional: boolean }
  | { kind: 'gap'; max: number }
  | { kind: 'comma' };

export const BUILTINS = ['#', 'ordinal', 'Name', 'any'] as const;
export type Builtin = (typeof BUILTINS)[number];
export const BUILTIN_BIT: Record<Builtin, number> = { '#': Kind.Number, ordinal: Kind.Ordinal, Name: Kind.Name, any: Kind.Any };

/** Node kinds. Words and Builtin take one word; Split tries each of its targets. */
const Op = { Accept: 0, Words: 1, Builtin: 2, Gap: 3, Comma: 4, Split: 5 } as const;
/** The accepting node: the first one built. */
const ACCEPT = 0;
/** A list of at least this many phrases is first tested as a whole (PhraseProgram.unionOf). */
const UNION_MIN = 6;

/** The graph as plain data (JSON), for the prebuilt lexicon. */
export type ProgramData = {
  /** Per node: Op, its argument (word set, kind bit, gap length or split offset) and the next node. */
  op: number[];
  arg: number[];
  next: number[];
  /** At a Split node's offset: how many targets, then the targets. */
  splits: number[];
  /** Word sets, one after the other: how many ids, then the ids. */
  sets: number[];
  /** Per phrase: its first node; the set the second word must be in (-1: no such test) or its kinds. */
  entry: number[];
  filter: number[];
  filterKinds: number[];
  /** Word id, how many phrases, the phrases, ...: the phrases that may start at that word, in phrase order. */
  byWord: number[];
  /** Kind bit, how many phrases, the phrases, ...: those that may start at a number, an ordinal, a name... */
  byKind: number[];
  /** The vocabulary's size when the graph was built: later word ids are in no set. */
  width: number;
};

/** Lowers phrases (element sequences) to nodes; the index and second-word tests come with them. */
class Builder {
  readonly data: ProgramData;
  private readonly sets: number[][] = [];
  private readonly setIds = new Map<string, number>();
  private readonly accept: number;

  constructor(private readonly vocab: Vocabulary) {
    this.data = { op: [], arg: [], next: [], splits: [], sets: [], entry: [], filter: [], filterKinds: [], byWord: [], byKind: [], width: 0 };
    this.accept = this.node(Op.Accept, 0, -1);
  }

  private node(op: number, arg: number, next: number): number {
    this.data.op.push(op);
    this.data.arg.push(arg);
    this.data.next.push(next);
    return this.data.op.length - 1;
  }

  /** A word set's index; equal sets share one. Words the tokenizer cannot read are left out. */
  private set(words: Iterable<string>): number {
    return this.setOfIds([...words].map((w) => this.vocab.idOf(w)));
  }

  private setOfIds(list: Iterable<number>): number {
    const ids = [...new Set(list)].filter((id) => id !== 0).sort((a, b) => a - b);
    const key = ids.join(',');
    let index = this.setIds.get(key);
    if (index === undefined) {
      index = this.sets.push(ids) - 1;
      this.setIds.set(key, index);
    }
    return index;
  }

  private split(targets: number[]): number {
    if (targets.length === 1) return targets[0] as number;
    const offset = this.data.splits.length;
    this.data.splits.push(targets.length, ...targets);
    return this.node(Op.Split, offset, -1);
  }

  private lower(seq: readonly Element[], k: number, cont: number): number {
    const e = seq[k];
    if (!e) return cont;
    const after = this.lower(seq, k + 1, cont);
    switch (e.kind) {
      case 'comma':
        return this.node(Op.Comma, 0, after);
      case 'gap':
        return this.node(Op.Gap, e.max, after);
      case 'words': {
        const node = this.node(Op.Words, this.set(e.words), after);
        return e.optional ? this.split([node, after]) : node;
      }
      case 'builtin': {
        const node = this.node(Op.Builtin, BUILTIN_BIT[e.name], after);
        return e.optional ? this.split([node, after]) : node;
      }
      case 'seqs': {
        const targets = e.seqs.filter((sub) => sub.length > 0).map((sub) => this.lower(sub, 0, after));
        return this.split(e.optional ? [...targets, after] : targets);
      }
    }
  }

  /** The word-taking nodes reachable from a node without taking a word; null if the phrase may end, skip or break there. */
  private takers(node: number, found = new Set<number>()): Set<number> | null {
    const op = this.data.op[node];
    if (op === Op.Words || op === Op.Builtin) return found.add(node);
    if (op !== Op.Split) return null;
    const offset = this.data.arg[node] as number;
    for (let t = 0; t < (this.data.splits[offset] as number); t++) if (!this.takers(this.data.splits[offset + 1 + t] as number, found)) return null;
    return found;
  }

  /**
   * What the word after the first must be, whichever way the phrase starts: a cheap no before the
   * full try ("the" starts many phrases and follows almost every verb). Null when it cannot tell.
   */
  private secondWord(entry: number): { ids: Set<number>; kinds: number } | null {
    const firsts = this.takers(entry);
    if (!firsts) return null;
    const seconds = new Set<number>();
    for (const first of firsts) if (!this.takers(this.data.next[first] as number, seconds)) return null;
    const ids = new Set<number>();
    let kinds = 0;
    for (const node of seconds) {
      const arg = this.data.arg[node] as number;
      if (this.data.op[node] === Op.Builtin) kinds |= arg;
      else for (const id of this.sets[arg] as number[]) ids.add(id);
    }
    return { ids, kinds };
  }

  /** Adds a phrase; `firstKeys`: the words and built-ins ("{#}") it may start with, as phrases.ts reads them. */
  add(seq: readonly Element[], firstKeys: Iterable<string>, byWord: Map<number, number[]>, byKind: Map<number, number[]>): void {
    const phrase = this.data.entry.length;
    const entry = this.lower(seq, 0, this.accept);
    this.data.entry.push(entry);
    const second = this.secondWord(entry);
    this.data.filter.push(second ? this.setOfIds(second.ids) : -1);
    this.data.filterKinds.push(second?.kinds ?? 0);
    for (const key of firstKeys) {
      const builtin = /^\{(.+)\}$/.exec(key)?.[1] as Builtin | undefined;
      const id = builtin ? 0 : this.vocab.idOf(key);
      if (!builtin && id === 0) continue; // a word no text can hold starts nothing
      const map = builtin ? byKind : byWord;
      const k = builtin ? BUILTIN_BIT[builtin] : id;
      const list = map.get(k) ?? [];
      if (!list.includes(phrase)) list.push(phrase);
      map.set(k, list);
    }
  }

  finish(byWord: Map<number, number[]>, byKind: Map<number, number[]>): ProgramData {
    this.data.sets = this.sets.flatMap((ids) => [ids.length, ...ids]);
    this.data.byWord = [...byWord].flatMap(([id, list]) => [id, list.length, ...list]);
    this.data.byKind = [...byKind].flatMap(([bit, list]) => [bit, list.length, ...list]);
    this.data.width = this.vocab.words.length;
    return this.data;
  }
}

/** Compiles element sequences (one per phrase, with its first keys) into a program. */
export function buildProgram(phrases: ReadonlyArray<{ seq: readonly Element[]; firstKeys: Iterable<string> }>, vocab: Vocabulary): PhraseProgram {
  const builder = new Builder(vocab);
  const byWord = new Map<number, number[]>();
  const byKind = new Map<number, number[]>();
  for (const { seq, firstKeys } of phrases) builder.add(seq, firstKeys, byWord, byKind);
  return new PhraseProgram(builder.finish(byWord, byKind));
}

const NO_WORDS = new Int32Array(0);
const NO_KINDS = new Uint8Array(0);

/** Called per match with the phrase's index; returning false stops the scan. */
export type FoundPhrase = (phrase: number, start: number, end: number) => boolean | void;

export class PhraseProgram {
  // The data's own arrays (small integers: V8 keeps them unboxed), read as they are.
  private readonly op: readonly number[];
  private readonly arg: readonly number[];
  private readonly next: readonly number[];
  private readonly splits: readonly number[];
  /** Every word set as a bitset over word ids, `stride` 32-bit words each. */
  private readonly bits: Uint32Array;
  private readonly stride: number;
  private readonly width: number;
  private readonly entry: readonly number[];
  private readonly filter: readonly number[];
  private readonly filterKinds: readonly number[];
  /** Phrase lists (how many, then the phrases), and where each word's and each kind's list starts. */
  private readonly lists: readonly number[];
  private readonly listOfWord: Int32Array;
  private readonly kindLists: Array<{ bit: number; list: number }> = [];
  private readonly kindMask: number;
  /** Per phrase: it is one word (or built-in) and nothing else, so reaching its first word is a match. */
  private readonly oneWord: Uint8Array;
  /**
   * Per list (at its start in `lists`), for a long list ("the" starts a dozen phrases): the union of
   * its phrases' second-word tests, built on first use; -2 not built yet, -1 none (a phrase has no test).
   */
  private readonly unionAt: Int32Array;
  private unionBits = new Uint32Array(0);
  private readonly unionKinds: number[] = [];
  // The text being scanned: set by scan() (and put back after, should a visit scan another text).
  private ids: Int32Array = NO_WORDS;
  private kinds: Uint8Array = NO_KINDS;
  private breaks: Uint8Array = NO_KINDS;
  private count = 0;

  constructor(readonly data: ProgramData) {
    ({ op: this.op, arg: this.arg, next: this.next, splits: this.splits } = data);
    this.width = data.width;
    this.stride = (data.width + 31) >> 5;
    const sets = data.sets;
    let setCount = 0;
    for (let i = 0; i < sets.length; i += 1 + (sets[i] as number)) setCount++;
    this.bits = new Uint32Array(setCount * this.stride);
    for (let i = 0, s = 0; i < sets.length; s++) {
      const end = i + 1 + (sets[i] as number);
      for (let k = i + 1; k < end; k++) {
        const id = sets[k] as number;
        this.bits[s * this.stride + (id >> 5)]! |= 1 << (id & 31);
      }
      i = end;
    }
    ({ entry: this.entry, filter: this.filter, filterKinds: this.filterKinds } = data);
    // One array for every list: each word's and kind's list starts at its count.
    this.lists = data.byWord.concat(data.byKind);
    this.listOfWord = new Int32Array(data.width).fill(-1);
    let i = 0;
    for (; i < data.byWord.length; i += 2 + (this.lists[i + 1] as number)) this.listOfWord[this.lists[i] as number] = i + 1;
    for (; i < this.lists.length; i += 2 + (this.lists[i + 1] as number)) this.kindLists.push({ bit: this.lists[i] as number, list: i + 1 });
    this.kindMask = this.kindLists.reduce((mask, k) => mask | k.bit, 0);
    // A phrase is tried only at a word it may start with: for a one-word phrase, that word (or kind) is in it.
    this.oneWord = Uint8Array.from(this.entry, (node) => ((this.op[node] === Op.Words || this.op[node] === Op.Builtin) && this.next[node] === ACCEPT ? 1 : 0));
    this.unionAt = new Int32Array(this.lists.length).fill(-2);
  }

  /** Every match in words [from, to), in text order (and phrase order at a word); stop by returning false. */
  scan(tokens: Tokens, found: FoundPhrase, from = 0, to = tokens.words.length): void {
    const saved = [this.ids, this.kinds, this.breaks, this.count] as const;
    this.ids = tokens.ids;
    this.kinds = tokens.kinds;
    this.breaks = tokens.breaks;
    this.count = tokens.words.length;
    try {
      this.scanWords(found, from, to);
    } finally {
      [this.ids, this.kinds, this.breaks, this.count] = saved;
    }
  }

  private scanWords(found: FoundPhrase, from: number, to: number): void {
    const { ids, kinds, listOfWord, kindMask } = this;
    for (let w = from; w < to; w++) {
      const id = ids[w] as number;
      const list = id < this.width ? (listOfWord[id] as number) : -1;
      const kind = kinds[w] as number;
      // Most words start no phrase: one load and a mask.
      if (list < 0 && (kind & kindMask) === 0) continue;
      if (list >= 0 && !this.tryAt(list, w, found)) return;
      if ((kind & kindMask) === 0) continue;
      for (const k of this.kindLists) if ((kind & k.bit) !== 0 && !this.tryAt(k.list, w, found)) return;
    }
  }

  /** Tries the phrases of the list at `list` (its count, then the phrases) at word w. */
  private tryAt(list: number, w: number, found: FoundPhrase): boolean {
    const { lists, filter, filterKinds, oneWord } = this;
    const size = lists[list] as number;
    const end = list + 1 + size;
    // A phrase is walked only when the word after w can be its second word (its filter set or kinds):
    // that word is read once for all of them, and tested once against a long list's union.
    const at = w + 1;
    const nextOk = at < this.count && this.breaks[at] === Break.None;
    const nextId = nextOk ? (this.ids[at] as number) : 0;
    const nextKind = nextOk ? (this.kinds[at] as number) : 0;
    if (size >= UNION_MIN) {
      const u = this.unionAt[list] === -2 ? this.unionOf(list) : (this.unionAt[list] as number);
      if (u >= 0 && !(nextOk && (this.inBits(this.unionBits, u, nextId) || (nextKind & (this.unionKinds[u] as number)) !== 0))) return true;
    }
    for (let i = list + 1; i < end; i++) {
      const p = lists[i] as number;
      const set = filter[p] as number;
      if (set >= 0 && !(nextOk && (this.inSet(set, nextId) || (nextKind & (filterKinds[p] as number)) !== 0))) continue;
      const reached = oneWord[p] ? w + 1 : this.longest(this.entry[p] as number, w, true, false);
      if (reached > w && found(p, w, reached) === false) return false;
    }
    return true;
  }

  private inSet(set: number, id: number): boolean {
    return this.inBits(this.bits, set, id);
  }

  private inBits(bits: Uint32Array, set: number, id: number): boolean {
    return id < this.width && ((bits[set * this.stride + (id >> 5)] as number) & (1 << (id & 31))) !== 0;
  }

  /** Builds the union of a list's second-word tests (unionAt), or marks that it has none. */
  private unionOf(list: number): number {
    const { lists, filter, filterKinds, stride, bits } = this;
    const end = list + 1 + (lists[list] as number);
    for (let i = list + 1; i < end; i++) if ((filter[lists[i] as number] as number) < 0) return (this.unionAt[list] = -1);
    const u = this.unionKinds.length;
    const union = new Uint32Array((u + 1) * stride);
    union.set(this.unionBits);
    let kinds = 0;
    for (let i = list + 1; i < end; i++) {
      const p = lists[i] as number;
      const base = (filter[p] as number) * stride;
      for (let k = 0; k < stride; k++) union[u * stride + k]! |= bits[base + k] as number;
      kinds |= filterKinds[p] as number;
    }
    this.unionBits = union;
    this.unionKinds.push(kinds);
    return (this.unionAt[list] = u);
  }

  /** Whether word `at` may join a phrase that reached word w (no break between, but where allowed). */
  private canTake(at: number, w: number, first: boolean, clauseOk: boolean): boolean {
    if (at >= this.count) return false;
    if (first && at === w) return true;
    const b = this.breaks[at];
    return b === Break.None || (b === Break.Clause && clauseOk && at === w);
  }

  /**
   * The longest end (exclusive) reached from `node` at word w; -1 if none. `first`: w is the
   * phrase's first word; `clauseOk`: a clause break may stand before w (after a ",").
   */
  private longest(node: number, w: number, first: boolean, clauseOk: boolean): number {
    switch (this.op[node]) {
      case Op.Accept:
        return w;
      case Op.Words:
        if (!this.canTake(w, w, first, clauseOk) || !this.inSet(this.arg[node] as number, this.ids[w] as number)) return -1;
        return this.longest(this.next[node] as number, w + 1, false, false);
      case Op.Builtin:
        if (!this.canTake(w, w, first, clauseOk) || ((this.kinds[w] as number) & (this.arg[node] as number)) === 0) return -1;
        return this.longest(this.next[node] as number, w + 1, false, false);
      case Op.Comma:
        return this.longest(this.next[node] as number, w, first, true);
      case Op.Gap: {
        let best = -1;
        const max = this.arg[node] as number;
        for (let skip = 0; skip <= max; skip++) {
          if (skip > 0 && !this.canTake(w + skip - 1, w, first, clauseOk)) break;
          best = Math.max(best, this.longest(this.next[node] as number, w + skip, first && skip === 0, clauseOk && skip === 0));
        }
        return best;
      }
      default: {
        let best = -1;
        const offset = this.arg[node] as number;
        const targets = this.splits[offset] as number;
        for (let t = 1; t <= targets; t++) best = Math.max(best, this.longest(this.splits[offset + t] as number, w, first, clauseOk));
        return best;
      }
    }
  }
}
