import { ticket } from '../fixtures/build';
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
  ])('%s -> course %s', (text, name) => {
    const found = course(text).courseName;
    expect(found.status).toBe('present');
    expect(found.evidence.join(' | ')).toContain(name);
  });

  it('a link written without its scheme under a label is the course URL', () => {
    expect(course('Link: learn.brightlearn.com/courses/spanish2-honors/u4/quiz-vocab').courseUrl.status).toBe('present');
  });

  it.each(['Hi Jamal, thanks for writing.', 'The gradebook is slow for every class.'])('%s -> no course', (text) =>
    expect(course(text).courseName.status).toBe('missing'),
  );
});
