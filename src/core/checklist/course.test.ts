import { comment, conversation, ticket } from '../fixtures/build';
import { detectCourse } from './course';
import { buildCorpus, buildSources, toSafeTicket } from './source';

const course = (description: string) => detectCourse(buildCorpus(buildSources(toSafeTicket(ticket({ description })))));

describe('detectCourse', () => {
  it.each([
    ['In Grade 7 Math, Lesson 2.3 "Proportional Relationships", the diagram is broken.', 'Grade 7 Math'],
    ['Question 12 on the Unit 5 test in AP US History says 1821.', 'AP US History'],
    ['Jamal Wright: Earth Science, unit 3 lesson 2 plate tectonics', 'Earth Science'],
    ["En el curso 'Biología 7° Grado (2024-25)', la lección 3.2 muestra otro video.", 'Biología 7° Grado (2024-25)'],
    ["Course is 'Ciencias Naturales 5 (MX)', lesson 2.4.", 'Ciencias Naturales 5 (MX)'],
    // A subject's title without the word "course".
    ['Kids in my AP Chemistry class see a blank lab.', 'AP Chemistry'],
    ['Anyone in Geometry Honors gets the old Unit 6 quiz.', 'Geometry Honors'],
    ['The Physics Unit 3 quiz has two answers marked right.', 'Physics'],
    ['Grade 5 Reading > Unit 1 > Lesson 4 plays no audio.', 'Grade 5 Reading'],
    ['En Geografía de América 1, Bloque 2, el mapa no carga.', 'Geografía de América 1'],
  ])('%s -> course %s', (text, name) => {
    const found = course(text).courseName;
    expect(found.status).toBe('present');
    expect(found.evidence.join(' | ')).toContain(name);
  });

  it('a link written without its scheme under a label is the course URL', () => {
    expect(course('Link: learn.brightlearn.com/courses/spanish2-honors/u4/quiz-vocab').courseUrl.status).toBe('present');
  });

  it('a revision told in Spanish, or a course version, is the revision id', () => {
    expect(course('Al pie de la página dice Revisión de contenido: 55102.').courseRevisionId.evidence.join()).toContain('55102');
    expect(course('The course version 2024.3 still has the typo.').courseRevisionId.status).toBe('present');
    expect(course('Revision says 2024.08.2. Screenshot attached.').courseRevisionId.evidence.join()).toContain('2024.08');
  });

  it("support asking for the revision, with what one looks like, gives none", () => {
    const quiz = 'The Unit 5 quiz in Física y Química 3º ESO marks question 7 wrong.';
    const ask = 'Hola Alberto, gracias. ¿Podría indicarnos el número de revisión del curso? Aparece en el pie, por ejemplo "Rev. 3.1".';
    const read = (name: string) =>
      detectCourse(buildCorpus(buildSources(toSafeTicket(ticket({ description: quiz, requester: { name, email: 'a@ies.es' }, comments: conversation(quiz, comment(ask)) }))))).courseRevisionId.status;
    expect(read('Alberto Sanchis')).toBe('missing');
    expect(course('It looks like "rev 2024.3" on my other course, but this one shows none.').courseRevisionId.status).toBe('missing');
  });

  it('a short content path (/c/.../l/...) or an LTI launch link is the course URL', () => {
    expect(course('Page: https://learn.example.com/c/bio-9/l/3.2 shows nothing.').courseUrl.status).toBe('present');
    expect(course('It opens https://app.example.com/lti/launch/geo/u4/l1 then stops.').courseUrl.status).toBe('present');
    expect(course('El enlace: https://app.example.com/mx/quimica-1/bloque-2/actividad-3').courseUrl.status).toBe('present');
  });

  it.each(['Hi Jamal, thanks for writing.', 'The gradebook is slow for every class.', 'Ms. Okafor, Science Department Chair', 'The page is in Spanish.', 'We switched to the Spanish version.'])('%s -> no course', (text) =>
    expect(course(text).courseName.status).toBe('missing'),
  );
});

describe('a Spanish revision label, and a revision field that gives none', () => {
  const revisionOf = (description: string) => detectCourse(buildCorpus(buildSources(toSafeTicket(ticket({ description }))))).courseRevisionId.status;
  it.each([
    'Error en el curso Matemáticas 6, Unidad 3.\nRevisión (viene al pie de la página): 2207',
    'Error en el curso Matemáticas 1º ESO, tema 4.\nRevisión del curso (pie de página): r-31',
  ])('reads %p', (text) => expect(revisionOf(text)).toBe('present'));
  it.each(['Revisión del curso: la más reciente', 'Revisión del curso: no sé dónde se ve', 'Course revision: the latest', "Revision: I don't know where to find it"])(
    'no revision in %p',
    (text) => expect(revisionOf(`Error in Biology 1, Unit 5.\n${text}`)).toBe('missing'),
  );
});

describe("session 20's fifth review mends (course revision)", () => {
  const revisionOf = (line: string) =>
    detectCourse(buildCorpus(buildSources(toSafeTicket(ticket({ description: `Error en el curso Matemáticas 6, Unidad 3.\n${line}` }))))).courseRevisionId.status;
  it.each([
    'Course revision: not sure, but the footer says 4821',
    "Revision: I don't know the exact one, history tab says v12",
    'Versión del curso: 12',
    'Revisión del contenido: 4821',
  ])('a revision: %p', (line) => expect(revisionOf(line)).toBe('present'));
  it.each(['Revisión: la última versión', 'Revisión: la hizo la coordinadora el 4 de mayo', 'Revisión: en el aula 12', "Revision: I'm not sure", 'Revisión: desconocida'])(
    'none: %p',
    (line) => expect(revisionOf(line)).toBe('missing'),
  );
});
