import { ticket } from '../fixtures/build';
import { buildCorpus, buildSources, toSafeTicket } from './source';
import { counted } from './textFeatures';
import { readForScope, scopeFeatures } from './scopeFeatures';

const corpusOf = (description: string) => buildCorpus(buildSources(toSafeTicket(ticket({ description }))));
const features = (description: string) => scopeFeatures(corpusOf(description));
const level = (description: string) => readForScope(corpusOf(description)).level;

describe('scopeFeatures', () => {
  it('counts groups quantified, counted and named by exclusion', () => {
    expect(features('Every tablet on the cart shows it, todos los grupos también.').quantified).toBeCloseTo(counted(2));
    expect(features('My entire 2nd hour (28 kids) and two of our middle schools.').countedGroups).toBeCloseTo(counted(2));
    expect(features('It is only him. Solo a un alumno.').exclusive).toBeCloseTo(counted(2));
  });

  it('does not read marks as a grade, nor an hour of the clock as a period', () => {
    expect(features('All grades are missing and it takes an hour.').quantified).toBe(0);
    expect(level('All grades are missing and it took 1 hour.')).toBeNull();
  });

  it('reads the others said fine, not knowing, what went wrong and the share of questions', () => {
    expect(features('My other periods are fine.').othersFine).toBeCloseTo(counted(1));
    expect(features("He wasn't sure. No sé si a otros les pasa.").unknown).toBeCloseTo(counted(2));
    expect(features("It won't load, error 500.").failures).toBeCloseTo(counted(2));
    expect(features('Is it the whole class? It is broken.').questions).toBeCloseTo(1 / 2);
  });

  it('reads no scope in an asked sentence', () => {
    expect(features('Is it the whole school or only one class?').quantified).toBe(0);
    expect(level('Is it the whole school or only one class?')).toBeNull();
  });
});

describe('the level read from the group nouns', () => {
  it.each([
    ['It is only him, the rest of the class is fine.', 'user'],
    ['Only one of my students sees it.', 'user'],
    ['Every tablet on the cart shows the error.', 'class'],
    ['It fails for all of my 5 sections.', 'class'],
    ['Todos los grupos de la escuela tienen el problema.', 'school'],
    ['Every homeroom in 4th grade has it.', 'school'],
    ['All of our partners see it since the update.', 'all'],
    ['The quiz will not open.', null],
  ])('%s -> %s', (text, expected) => expect(level(text)).toBe(expected));

  it('points at the sentence stating it most plainly', () => {
    expect(readForScope(corpusOf('The quiz is broken. Every student in my 3rd period sees it. Thanks.')).sentence).toEqual({
      where: 'description',
      text: 'Every student in my 3rd period sees it',
    });
  });
});
