import { comment, ticket } from '../fixtures/build';
import { buildCorpus, buildSources, toSafeTicket } from './source';
import { readForSteps, stepsFeatures } from './stepsFeatures';

const corpusOf = (description: string, comments: string[] = [], subject = '') =>
  buildCorpus(buildSources(toSafeTicket(ticket({ subject, description, comments: comments.map((body) => comment(body)) }))));
const features = (description: string, comments: string[] = [], subject = '') => stepsFeatures(corpusOf(description, comments, subject));
const counted = (n: number) => Math.log1p(n);

describe('stepsFeatures', () => {
  it.each([
    ['She signs in, opens her Reading unit, presses Begin and the page goes blank.', 3],
    ['I click Export and then I select the term.', 2],
    ['First open the gradebook; then choose Period 2.', 2],
    ['Mi hijo entra con su cuenta, abre la tarea y pulsa Entregar.', 3],
    ['Luego da clic en Guardar.', 1],
  ])('counts actions opening their clause: %s', (text, n) => expect(features(text).uiActions).toBeCloseTo(counted(n)));

  it.each(['The login page has an open tab.', 'We need a new class for Ms. Rivera.', 'Our student logins stopped syncing.'])(
    'does not count action words that name things: %s',
    (text) => expect(features(text).uiActions).toBe(0),
  );

  it('counts what went wrong, in English and Spanish', () => {
    expect(features("It spins forever and won't load.").failures).toBeCloseTo(counted(2));
    expect(features('La página se queda en blanco y no carga.').failures).toBeCloseTo(counted(3));
    expect(features('Everything works, thank you.').failures).toBe(0);
  });

  it('counts quoted labels and messages, not apostrophes', () => {
    expect(features('I clicked "Submit" and it said \u201cSession expired\u201d.').quotes).toBeCloseTo(counted(2));
    expect(features("It can't load and she doesn't know why.").quotes).toBe(0);
  });

  it('reads the share of sentences asked and the asks for something to be done', () => {
    const f = features('How do I add a co-teacher? Could you add Dana Rivera to my class. Thanks.');
    expect(f.questions).toBeCloseTo(1 / 3);
    expect(f.asks).toBeCloseTo(counted(1));
  });

  it('counts the words, as log(1 + n)', () => {
    expect(features('one two three').words).toBeCloseTo(counted(3));
  });

  it('reads what the customer wrote: not the subject, not a reply signed by support', () => {
    expect(features('Hello.', [], 'I click Save, then I open the page').uiActions).toBe(0);
    const reply = 'Please open Settings, click Reconnect and press Save.\n\nBest,\nJonah\nBrightLearn Support';
    expect(features('It is broken.', [reply]).uiActions).toBe(0);
  });
});

describe('the sentence a verdict points at', () => {
  const stepsSentence = (corpus: ReturnType<typeof corpusOf>) => readForSteps(corpus).sentence;
  it('points at the sentence with the most actions and failures, from its first action', () => {
    const corpus = corpusOf('Hi there. We love the app. Every morning she signs in, opens her unit and the page goes blank. Thanks.');
    expect(stepsSentence(corpus)).toMatchObject({ where: 'description', text: 'signs in, opens her unit and the page goes blank.' });
  });

  it('finds it in a later comment', () => {
    const corpus = corpusOf('Quiz is broken.', ['Update: they click Start Test and it just spins.']);
    expect(stepsSentence(corpus)).toMatchObject({ where: 'comment 1', text: 'click Start Test and it just spins.' });
  });

  it('is null when nothing was done or went wrong', () => {
    expect(stepsSentence(corpusOf('Please add a new teacher to our account.'))).toBeNull();
  });
});
