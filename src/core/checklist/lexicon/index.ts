// Every language's lexicon, merged: a ticket may mix languages, so each detector reads with all of
// them. Phrase sets are loaded on first use, prebuilt (prebuilt.ts) or compiled there and then.
import type { ScopeLevel } from '../../types';
import { LEXICONS } from './languages';
import { PhraseSet, type PhraseMatch, type SlotTable } from './phrases';
import { PREBUILT_FORMAT, prebuiltProgram, type PrebuiltLexicon } from './prebuilt';
import { PhraseProgram } from './program';
import type { Tokens } from './tokens';
import type { Phrase } from './types';
import { lexiconWords, Vocabulary } from './vocabulary';

export { LEXICONS };

/** Slot names are unique across languages (lexicon.test.ts checks), so one table serves all. */
export const SLOTS: SlotTable = Object.assign({}, ...LEXICONS.map((l) => l.slots)) as SlotTable;

export const NEGATORS: ReadonlySet<string> = new Set(LEXICONS.flatMap((l) => l.negators));
export const QUESTION_STARTS: ReadonlySet<string> = new Set(LEXICONS.flatMap((l) => l.questionStarts));

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
  | { kind: 'othersFine'; level: Exclude<ScopeLevel, 'all'> }
  | { kind: 'vague' }
  | { kind: 'unknown' };

const LEVELS = ['user', 'class', 'school', 'all'] as const;

const scopeEntries = (): Array<{ phrase: string; value: ScopeValue }> =>
  LEXICONS.flatMap(({ scope }) => [
    ...LEVELS.flatMap((level) => entries<ScopeValue>(scope.stated[level], { kind: 'stated', level })),
    ...LEVELS.flatMap((level) => entries<ScopeValue>(scope.only[level], { kind: 'only', level })),
    ...entries<ScopeValue>(scope.named, { kind: 'named' }),
    ...(['user', 'class', 'school'] as const).flatMap((level) => entries<ScopeValue>(scope.othersFine[level], { kind: 'othersFine', level })),
    ...entries<ScopeValue>(scope.vague, { kind: 'vague' }),
    ...entries<ScopeValue>(scope.unknown, { kind: 'unknown' }),
  ]);

export type StepWord = 'action' | 'screen' | 'when' | 'result' | 'check' | 'instruction' | 'wish';

const stepEntries = (): Array<{ phrase: string; value: StepWord }> =>
  LEXICONS.flatMap(({ steps }) => [
    ...entries<StepWord>(steps.actions, 'action'),
    ...entries<StepWord>(steps.screen, 'screen'),
    ...entries<StepWord>(steps.when, 'when'),
    ...entries<StepWord>(steps.results, 'result'),
    ...entries<StepWord>(steps.checks, 'check'),
    ...entries<StepWord>(steps.instructions, 'instruction'),
    ...entries<StepWord>(steps.wishes, 'wish'),
  ]);

export const STEP_OPENERS: ReadonlySet<string> = new Set(LEXICONS.flatMap((l) => l.steps.openers));
export const STEP_JOINERS: ReadonlySet<string> = new Set(LEXICONS.flatMap((l) => l.steps.joiners));

export type TroubleshootingWord = 'done' | 'attempt' | 'result' | 'outcome' | 'vague';

const troubleshootingEntries = (): Array<{ phrase: string; value: TroubleshootingWord }> =>
  LEXICONS.flatMap(({ troubleshooting: t }) => [
    ...entries<TroubleshootingWord>(t.done, 'done'),
    ...entries<TroubleshootingWord>(t.attempts, 'attempt'),
    ...entries<TroubleshootingWord>(t.results, 'result'),
    ...entries<TroubleshootingWord>(t.outcomes, 'outcome'),
    ...entries<TroubleshootingWord>(t.vague, 'vague'),
  ]);

export const TROUBLESHOOTING_PLANS: ReadonlySet<string> = new Set(LEXICONS.flatMap((l) => l.troubleshooting.plans));
export const TROUBLESHOOTING_COMMANDS: ReadonlySet<string> = new Set(LEXICONS.flatMap((l) => l.troubleshooting.commands));
export const TROUBLESHOOTING_INTENTIONS: ReadonlySet<string> = new Set(LEXICONS.flatMap((l) => l.troubleshooting.intentions));

export type IdWord = 'login' | 'number' | 'email' | 'ask';

const idEntries = (): Array<{ phrase: string; value: IdWord }> =>
  LEXICONS.flatMap(({ userIds: u }) => [
    ...entries<IdWord>(u.beforeLogin, 'login'),
    ...entries<IdWord>(u.beforeNumber, 'number'),
    ...entries<IdWord>(u.beforeEmail, 'email'),
    ...entries<IdWord>(u.asks, 'ask'),
  ]);

/** Every phrase a ticket's text is read for, tagged with its set: one scan of the words for all. */
type Tagged =
  | { set: 'scope'; value: ScopeValue }
  | { set: 'steps'; value: StepWord }
  | { set: 'troubleshooting'; value: TroubleshootingWord }
  | { set: 'ids'; value: IdWord };

function taggedEntries(): Array<{ phrase: string; value: Tagged }> {
  const tag = <S extends Tagged['set'], V>(set: S, list: Array<{ phrase: string; value: V }>) => list.map(({ phrase, value }) => ({ phrase, value: { set, value } as Tagged }));
  return [
    ...tag('scope', scopeEntries()),
    ...tag('steps', stepEntries()),
    ...tag('troubleshooting', troubleshootingEntries()),
    ...tag('ids', idEntries()),
  ];
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
