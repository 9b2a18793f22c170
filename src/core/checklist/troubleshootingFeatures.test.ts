import { comment, ticket } from '../fixtures/build';
import { buildCorpus, buildSources, toSafeTicket } from './source';
import { counted } from './textFeatures';
import { readForTroubleshooting, troubleshootingFeatures } from './troubleshootingFeatures';

const corpusOf = (description: string, comments: string[] = [], subject = '') =>
  buildCorpus(buildSources(toSafeTicket(ticket({ subject, description, comments: comments.map((body) => comment(body)) }))));
const features = (description: string, comments: string[] = [], subject = '') => troubleshootingFeatures(corpusOf(description, comments, subject));

describe('troubleshootingFeatures', () => {
  it.each([
    ['I unplugged the router and plugged it back in.', 2],
    ['She logged out, the tech guy reinstalled it.', 2],
    ['Ya borré la app y la volví a instalar.', 2],
    ['Reinició la tableta.', 1],
    ['Swapped the cable.', 1],
  ])('counts verbs told in the past opening their clause: %s', (text, n) => expect(features(text).pastActions).toBeCloseTo(counted(n)));

  it.each([
    'Our graduated seniors show up in the roster.',
    'The roster has Settings > Extended time set.',
    'It happened on Monday and it started again.',
    "We haven't restarted it.",
    'He will try a manual sync tonight with the filter turned on.',
  ])('does not count past forms that are adjectives, labels, what happened, negated or planned: %s', (text) => expect(features(text).pastActions).toBe(0));

  it('counts attempts: the listed verbs, and verbs done again', () => {
    expect(features('Tried twice, cleared the cache and re-uploaded it.').attempts).toBeCloseTo(counted(3));
    expect(features('We reinstalled and resynced the roster.').attempts).toBeCloseTo(counted(2));
    expect(features('Probamos en otra computadora y revisé la configuración.').attempts).toBeCloseTo(counted(2));
  });

  it.each([
    'I tried to log in this morning.',
    'We received the report and the teacher reported it.',
    'This needs to be cleaned up before Monday.',
    "We'd like the old account removed.",
    "I haven't cleared the cache yet.",
    'My student keeps getting logged out while he works.',
    'She got signed out twice during the test.',
    'It happens to every student who has checked something out since.',
    "When they open the test it says 'Attempt already submitted, please reload'.",
  ])('does not count what was wanted, received, planned, not done or undergone as an attempt: %s', (text) => expect(features(text).attempts).toBe(0));

  it('counts outcomes, in English and Spanish, not negated ones', () => {
    expect(features("Same error. It didn't help, no change.").outcomes).toBeCloseTo(counted(3));
    expect(features('Sigue igual, nada.').outcomes).toBeCloseTo(counted(3));
    expect(features('It is not the same page.').outcomes).toBe(0);
  });

  it('counts the sentences telling an attempt with what came of it, or answered by a short next sentence', () => {
    expect(features('Re-uploaded it, no change. Swapped to a loaner laptop. Same. The page is blue.').triedWithOutcome).toBeCloseTo(counted(2));
    expect(features('It is still broken. We cleared the cache.').triedWithOutcome).toBe(0);
  });

  it('reads asked sentences for their asks only', () => {
    const f = features('What have you already tried? Should I reinstall it? ¿Ya probó desde otro navegador?');
    expect(f.attempts).toBe(0);
    expect(f.already).toBe(0);
    expect(f.questions).toBe(1);
    expect(f.plans).toBeCloseTo(counted(1));
  });

  it('counts "already", other ways of doing it, plans, and the words', () => {
    const f = features('I already used another browser. We will call you.');
    expect(f.already).toBeCloseTo(counted(1));
    expect(f.alternatives).toBeCloseTo(counted(1));
    expect(f.plans).toBeCloseTo(counted(1));
    expect(f.words).toBeCloseTo(counted(9));
  });

  it('reads at most the first 2,000 words the customer wrote', () => {
    const long = `${'The page is blank. '.repeat(500)}Cleared the cache, no change.`;
    expect(features(long).attempts).toBe(0);
    expect(features('The page is blank. Cleared the cache, no change.').attempts).toBeCloseTo(counted(1));
  });

  it('reads what the customer wrote: not the subject, not a reply signed by support', () => {
    expect(features('Hello.', [], 'Cleared the cache, same').attempts).toBe(0);
    const reply = 'I cleared the cache on a test account and reinstalled it, same result.\n\nBest,\nJonah\nBrightLearn Support';
    expect(features('It is broken.', [reply]).attempts).toBe(0);
  });
});

describe('the sentence a verdict points at', () => {
  it('points at the sentence telling what was tried and what came of it, from its first attempt', () => {
    const corpus = corpusOf('Hi. We reinstalled the app last week. Since then she re-uploaded the essay twice, still blank. Thanks.');
    expect(readForTroubleshooting(corpus).sentence).toEqual({ where: 'description', text: 're-uploaded the essay twice, still blank', from: corpus.text.indexOf('re-uploaded') });
  });

  it('is null when nothing was tried or came of it', () => {
    expect(readForTroubleshooting(corpusOf('Please add a new teacher to our account.')).sentence).toBeNull();
  });
});
