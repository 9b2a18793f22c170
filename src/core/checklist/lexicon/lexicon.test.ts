// Generated from the lexicons: every phrase matches in its own example sentence, so a phrase that a
// typo or a slot change breaks fails here, naming the phrase.
import { LEXICONS, SLOTS } from '.';
import { PhraseSet } from './phrases';
import { tokenize } from './tokens';
import type { Lexicon, Phrase } from './types';

function phrasesOf(lexicon: Lexicon): Array<[string, Phrase]> {
  const { scope } = lexicon;
  const groups: Record<string, readonly Phrase[]> = {
    signOffs: lexicon.signOffs,
    ...Object.fromEntries(Object.entries(scope.stated).map(([level, list]) => [`scope.stated.${level}`, list])),
    ...Object.fromEntries(Object.entries(scope.only).map(([level, list]) => [`scope.only.${level}`, list])),
    'scope.named': scope.named,
    ...Object.fromEntries(Object.entries(scope.othersFine).map(([level, list]) => [`scope.othersFine.${level}`, list])),
    ...Object.fromEntries(Object.entries(scope.othersIfFine).map(([level, list]) => [`scope.othersIfFine.${level}`, list])),
    'scope.classmatesFine': scope.classmatesFine,
    'scope.classmatesIfFine': scope.classmatesIfFine,
    'scope.vague': scope.vague,
    'scope.few': scope.few,
    'scope.unknown': scope.unknown,
    'troubleshooting.done': lexicon.troubleshooting.done,
    'troubleshooting.attempts': lexicon.troubleshooting.attempts,
    'troubleshooting.results': lexicon.troubleshooting.results,
    'troubleshooting.outcomes': lexicon.troubleshooting.outcomes,
    'troubleshooting.vague': lexicon.troubleshooting.vague,
    'troubleshooting.nothing': lexicon.troubleshooting.nothing,
    'userIds.beforeLogin': lexicon.userIds.beforeLogin,
    'userIds.beforeNumber': lexicon.userIds.beforeNumber,
    'userIds.beforeEmail': lexicon.userIds.beforeEmail,
    'userIds.asks': lexicon.userIds.asks,
    'userIds.ownAddress': lexicon.userIds.ownAddress,
    'steps.actions': lexicon.steps.actions,
    'steps.screen': lexicon.steps.screen,
    'steps.when': lexicon.steps.when,
    'steps.results': lexicon.steps.results,
    'steps.checks': lexicon.steps.checks,
    'steps.instructions': lexicon.steps.instructions,
    'steps.wishes': lexicon.steps.wishes,
  };
  return Object.entries(groups).flatMap(([group, list]) => list.map((p) => [group, p] as [string, Phrase]));
}

describe.each(LEXICONS.map((l) => [l.language, l] as const))('lexicon %s', (_language, lexicon) => {
  it.each(phrasesOf(lexicon).map(([group, [phrase, example]]) => [group, phrase, example]))('%s: "%s" reads in "%s"', (_group, phrase, example) => {
    expect(new PhraseSet([{ phrase, value: true }], SLOTS).test(tokenize(example))).toBe(true);
  });
});

it('slot names are unique across languages (one merged table serves every phrase)', () => {
  const names = LEXICONS.flatMap((l) => Object.keys(l.slots));
  expect(new Set(names).size).toBe(names.length);
});
