// Every language's lexicon, merged: a ticket may mix languages, so each detector reads with all of
// them. Phrase sets are loaded on first use, prebuilt (prebuilt.ts) or compiled there and then.
import type { ScopeLevel } from '../../types';
import { LEXICONS } from './languages';
import { PhraseSet, type PhraseMatch, type SlotTable } from './phrases';
import { PREBUILT_FORMAT, prebuiltProgram, type PrebuiltLexicon } from './prebuilt';
import { PhraseProgram } from './program';
import type { Tokens } from './tokens';
import type { Lexicon, Phrase } from './types';
import { lexiconWords, Vocabulary } from './vocabulary';

export { LEXICONS };

/** Slot names are unique across languages (lexicon.test.ts checks), so one table serves all. */
export const SLOTS: SlotTable = Object.assign({}, ...LEXICONS.map((l) => l.slots)) as SlotTable;

export const NEGATORS: ReadonlySet<string> = new Set(LEXICONS.flatMap((l) => l.negators));
export const QUESTION_STARTS: ReadonlySet<string> = new Set(LEXICONS.flatMap((l) => l.questionStarts));
export const VAGUE_WORDS: ReadonlySet<string> = new Set(LEXICONS.flatMap((l) => l.description.vague));
export const CALLBACK_WORDS: ReadonlySet<string> = new Set(LEXICONS.flatMap((l) => l.description.callback));
export const NOT_LOGINS: ReadonlySet<string> = new Set(LEXICONS.flatMap((l) => l.userIds.notLogins));

/** Builds a phrase set once, on first use. */
export function lazily<T>(build: () => PhraseSet<T>): () => PhraseSet<T> {
  let built: PhraseSet<T> | undefined;
  return () => (built ??= build());
}

/**
 * The phrase sets the checklist reads with, by name, as their entries. `npm run lexicon` writes
 * each set's compiled graph into compiled.ts (compileLexicon below); the entries themselves are
 * read from the lexicons, which compiled.ts is only used with when they are unchanged.
 */
const PHRASE_SETS = {
  signOffs: () => LEXICONS.flatMap((l) => entries(l.signOffs, true)),
  all: (): Array<{ phrase: string; value: Tagged }> => taggedEntries(),
};

export type PhraseSetName = keyof typeof PHRASE_SETS;
type EntryOf<N extends PhraseSetName> = ReturnType<(typeof PHRASE_SETS)[N]>[number]['value'];

/** A named set compiled from the lexicons there and then (by default over the tokenizer's vocabulary). */
export function compilePhraseSet<N extends PhraseSetName>(name: N, vocab?: Vocabulary): PhraseSet<EntryOf<N>> {
  return new PhraseSet<EntryOf<N>>(PHRASE_SETS[name](), SLOTS, vocab);
}

/** A named set, from the prebuilt lexicon when it is up to date, else compiled from the lexicons. */
function phraseSet<N extends PhraseSetName>(name: N): () => PhraseSet<EntryOf<N>> {
  return lazily(() => {
    const program = prebuiltProgram(name);
    const list = PHRASE_SETS[name]();
    return program && program.entry.length === list.length ? new PhraseSet<EntryOf<N>>(list, SLOTS, new PhraseProgram(program)) : compilePhraseSet(name);
  });
}

/** Every phrase set compiled from the lexicons over one new vocabulary: what compiled.ts holds. */
export function compileLexicon(): PrebuiltLexicon {
  const vocab = new Vocabulary(lexiconWords(LEXICONS));
  const names = Object.keys(PHRASE_SETS) as PhraseSetName[];
  const sets = Object.fromEntries(names.map((name) => [name, compilePhraseSet(name, vocab).program.data]));
  return { format: PREBUILT_FORMAT, vocabulary: vocab.toData(), sets };
}

export function entries<T>(phrases: readonly Phrase[], value: T): Array<{ phrase: string; value: T }> {
  return phrases.map(([phrase]) => ({ phrase, value }));
}

export const signOffPhrases = phraseSet('signOffs');

export type ScopeValue =
  | { kind: 'stated'; level: ScopeLevel }
  | { kind: 'only'; level: ScopeLevel }
  | { kind: 'named' }
  | { kind: 'othersFine'; level: Exclude<ScopeLevel, 'all'>; classmates?: true }
  | { kind: 'othersIfFine'; level: Exclude<ScopeLevel, 'all'>; classmates?: true }
  | { kind: 'vague' }
  | { kind: 'few' }
  | { kind: 'unknown' };

const LEVELS = ['user', 'class', 'school', 'all'] as const;

/** A lexicon's lists of a set, each with the value its phrases carry. */
type Lists<V> = (lexicon: Lexicon) => Array<readonly [readonly Phrase[], V]>;

const scopeLists: Lists<ScopeValue> = ({ scope }) => [
  ...LEVELS.map((level) => [scope.stated[level], { kind: 'stated', level }] as const),
  ...LEVELS.map((level) => [scope.only[level], { kind: 'only', level }] as const),
  [scope.named, { kind: 'named' }],
  ...(['user', 'class', 'school'] as const).map((level) => [scope.othersFine[level], { kind: 'othersFine', level }] as const),
  ...(['user', 'class', 'school'] as const).map((level) => [scope.othersIfFine[level], { kind: 'othersIfFine', level }] as const),
  [scope.classmatesFine, { kind: 'othersFine', level: 'user', classmates: true }],
  [scope.classmatesIfFine, { kind: 'othersIfFine', level: 'user', classmates: true }],
  [scope.vague, { kind: 'vague' }],
  [scope.few, { kind: 'few' }],
  [scope.unknown, { kind: 'unknown' }],
];

export type StepWord = 'action' | 'screen' | 'when' | 'result' | 'check' | 'instruction' | 'pointer' | 'wish';

const stepLists: Lists<StepWord> = ({ steps }) => [
  [steps.actions, 'action'],
  [steps.screen, 'screen'],
  [steps.when, 'when'],
  [steps.results, 'result'],
  [steps.checks, 'check'],
  [steps.instructions, 'instruction'],
  [steps.pointers, 'pointer'],
  [steps.wishes, 'wish'],
];

export const STEP_OPENERS: ReadonlySet<string> = new Set(LEXICONS.flatMap((l) => l.steps.openers));
export const STEP_JOINERS: ReadonlySet<string> = new Set(LEXICONS.flatMap((l) => l.steps.joiners));

export type TroubleshootingWord = 'done' | 'attempt' | 'result' | 'outcome' | 'vague' | 'nothing';

const troubleshootingLists: Lists<TroubleshootingWord> = ({ troubleshooting: t }) => [
  [t.done, 'done'],
  [t.attempts, 'attempt'],
  [t.results, 'result'],
  [t.outcomes, 'outcome'],
  [t.vague, 'vague'],
  [t.nothing, 'nothing'],
];

export const TROUBLESHOOTING_PLANS: ReadonlySet<string> = new Set(LEXICONS.flatMap((l) => l.troubleshooting.plans));
/** Words that count or quantify a group ("all", "every", "todos"): how far it reaches. */
export const SCOPE_QUANTIFIERS: ReadonlySet<string> = new Set(LEXICONS.flatMap((l) => l.scope.quantifiers));
export const TROUBLESHOOTING_FUTURES: ReadonlySet<string> = new Set(LEXICONS.flatMap((l) => l.troubleshooting.futures));
const ADVICE: ReadonlySet<string> = new Set(LEXICONS.flatMap((l) => l.troubleshooting.advice));

// Plain-ASCII text is split by the ASCII letters: the same words, without compiling a \p{L} class (~0.4 ms cold).
const ASCII_TEXT = /^[\t -~]*$/;
const NOT_ASCII_LETTER = /[^A-Za-z']+/;
const NOT_LETTER = /[^\p{L}']+/u;

/** A sentence that is advice or a plan for later ("I suggested she reinstall it; she'll try tonight"), not something done. */
export function isAdviceOrPlan(sentence: string): boolean {
  const lower = sentence.toLowerCase();
  return lower.split(ASCII_TEXT.test(lower) ? NOT_ASCII_LETTER : NOT_LETTER).some((word) => ADVICE.has(word));
}
export const TROUBLESHOOTING_COMMANDS: ReadonlySet<string> = new Set(LEXICONS.flatMap((l) => l.troubleshooting.commands));
export const TROUBLESHOOTING_INTENTIONS: ReadonlySet<string> = new Set(LEXICONS.flatMap((l) => l.troubleshooting.intentions));

export type IdWord = 'login' | 'number' | 'email' | 'ask' | 'own';

const idLists: Lists<IdWord> = ({ userIds: u }) => [
  [u.beforeLogin, 'login'],
  [u.beforeNumber, 'number'],
  [u.beforeEmail, 'email'],
  [u.asks, 'ask'],
  [u.ownAddress, 'own'],
];

/** Every phrase a ticket's text is read for, tagged with its set: one scan of the words for all. */
type Tagged =
  | { set: 'scope'; value: ScopeValue }
  | { set: 'steps'; value: StepWord }
  | { set: 'troubleshooting'; value: TroubleshootingWord }
  | { set: 'ids'; value: IdWord };

/** In set order, then language, then list: how compiled.ts numbers them. Pushed one by one: this runs on a sidebar's first ticket. */
function taggedEntries(): Array<{ phrase: string; value: Tagged }> {
  const out: Array<{ phrase: string; value: Tagged }> = [];
  const add = <S extends Tagged['set'], V>(set: S, lists: Lists<V>): void => {
    for (const lexicon of LEXICONS) {
      for (const [phrases, value] of lists(lexicon)) {
        const tagged = { set, value } as Tagged;
        for (const [phrase] of phrases) out.push({ phrase, value: tagged });
      }
    }
  };
  add('scope', scopeLists);
  add('steps', stepLists);
  add('troubleshooting', troubleshootingLists);
  add('ids', idLists);
  return out;
}

const allPhrases = phraseSet('all');

export type TextMatches = {
  scope: Array<PhraseMatch<ScopeValue>>;
  steps: Array<PhraseMatch<StepWord>>;
  troubleshooting: Array<PhraseMatch<TroubleshootingWord>>;
  ids: Array<PhraseMatch<IdWord>>;
};

/** Every match of every set in a text's words, in text order, by set. */
export function matchAll(tokens: Tokens): TextMatches {
  const out: TextMatches = { scope: [], steps: [], troubleshooting: [], ids: [] };
  const phrases = allPhrases();
  phrases.scanIndexed(tokens, (p, start, end) => {
    const { phrase, value: { set, value } } = phrases.entries[p] as { phrase: string; value: Tagged };
    (out[set] as Array<PhraseMatch<unknown>>).push({ value, phrase, start, end });
  });
  return out;
}
