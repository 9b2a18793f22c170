import { scopeFromProse, scopeFromValue, widest } from './scope';
import { SCOPE_RULES } from './scopePhrases';

const level = (text: string) => scopeFromProse(text.toLowerCase())?.level ?? null;

describe('scopeFromProse', () => {
  it.each([
    ['Only 1 user is affected', 'user'],
    ['It is just one student', 'user'],
    ['a single teacher is affected', 'user'],
    ['only her account is affected', 'user'],
    ['only this user sees it', 'user'],
    ['No other students are affected', 'user'],
    ['the whole class sees it', 'class'],
    ['the entire class', 'class'],
    ['one class only', 'class'],
    ['all students in the section', 'class'],
    ['all the students in her period', 'class'],
    ['entire school is down', 'school'],
    ['the whole school', 'school'],
    ['all teachers at Lincoln', 'school'],
    ['it is school-wide', 'school'],
    ['the whole district', 'school'],
    ['districtwide outage', 'school'],
    ['all schools in the district', 'school'],
    ['all partners report it', 'all'],
    ['every district we host', 'all'],
    ['all customers', 'all'],
    ['everyone is down', 'all'],
    ['platform-wide incident', 'all'],
    ['toda la escuela', 'school'],
    ['únicamente un alumno', 'user'],
    ['afecta únicamente a la sección 3', 'class'],
    ['un solo alumno', 'user'],
    ['every student in my 5th period Biology class', 'class'],
    ["only Mrs. Patel's 2nd period algebra section", 'class'],
    ["it's only his 6th period chemistry class", 'class'],
    ['all of her second graders', 'class'],
    ['all of my kindergarteners', 'class'],
    ['every student at Maple Valley Middle School', 'school'],
    ['every teacher from Lincoln Park Academy', 'school'],
    ['afecta solo a la sección 3ro B', 'class'],
    ['todos los alumnos de mi clase ven la pantalla en blanco', 'class'],
    ['it happens in all 3 of her classes', 'class'],
  ])('%s -> %s', (text, expected) => expect(level(text)).toBe(expected));

  it.each([
    ['every student at Maple Valley Middle School', 'school'],
    ["only Mrs. Patel's 2nd period algebra section", 'class'],
    ['afecta solo a la sección 3ro B', 'class'],
    ['afecta únicamente a la sección 3', 'class'],
  ])('a long text (one-pattern scan) reads %s -> %s too', (text, expected) => {
    expect(level(`${'The gradebook was slow again today. '.repeat(1000)}${text}`)).toBe(expected);
  });

  it.each([
    'It is not the whole school',
    "This isn't affecting the entire class",
    'does not seem to be all partners',
    'not just one student',
    'The teacher said the gradebook is slow.',
    'The rest of the school is fine',
    'One teacher reported it so far.',
    'Is it the whole school?',
    'The whole class? No, I asked.',
    'The quiz asks every student at least once to log in again',
    'reproducido con una cuenta de alumno de prueba',
    'Lo probamos con un usuario de prueba',
    'Each teacher at the start of the school year gets a new roster.',
    'Every student from a different school has to be added by hand.',
    'It started just my first week in class.',
    "Only yesterday's section was graded wrong.",
  ])('%s -> no level', (text) => expect(level(text)).toBeNull());

  it('a negated wide phrase leaves the stated narrow one', () => {
    expect(level('Not the whole school, only one class')).toBe('class');
  });

  it('takes the widest level stated', () => {
    expect(level('First one student, now the whole school')).toBe('school');
  });

  it('does not look below a level already known', () => {
    expect(scopeFromProse('one student', 'class')).toBeNull();
  });

  it("keeps a line break between a negation and the next line's phrase", () => {
    expect(level("we can't log in\nthe whole school")).toBe('school');
  });
});

describe('scopeFromValue', () => {
  it.each([
    ['scope_one_class', 'class'], ['1 class', 'class'], ['school', 'school'], ['all_partners', 'all'], ['one_user', 'user'],
    ['single_user', 'user'], ['District', 'school'], ['entire_school', 'school'], ['All', 'all'], ['User', 'user'],
  ])('%s -> %s', (value, expected) => expect(scopeFromValue(value)).toBe(expected));

  it.each(['see notes', 'several users', 'not sure', ''])('%p -> null', (value) => expect(scopeFromValue(value)).toBeNull());
});

describe('widest', () => {
  it('orders user < class < school < all', () => {
    expect(widest('user', 'all')).toBe('all');
    expect(widest('school', 'class')).toBe('school');
    expect(widest(null, 'user')).toBe('user');
    expect(widest(null, null)).toBeNull();
  });
});

describe('the scope rules', () => {
  // In the one-pattern scan a rule's groups are found by position: an undeclared group would shift
  // the levels of every later rule, and only texts of 32,000 characters or more would show it.
  it.each(SCOPE_RULES.map((rule, k) => [k, rule] as const))('rule %i has one capture group per level, or none', (_, rule) => {
    const groups = new RegExp(`${rule.source}|`).exec('')!.length - 1;
    expect(groups).toBe(rule.levels.length > 1 ? rule.levels.length : 0);
  });
});
