import { classifyLabel } from './labels';
import { parseLabelLine, parseSections, sectionValue, toLines } from './sections';

const sections = (text: string) => parseSections(toLines(text));

describe('classifyLabel', () => {
  it.each([
    ['School', 'school'], ['Customer', 'school'], ['District', 'school'], ['Org', 'school'], ['School/District', 'school'],
    ['School ID', 'school'], ['SID', 'userIds'], ['Student ID(s)', 'userIds'], ['Guardian Identity ID', 'userIds'],
    ['Guardian ID', 'userIds'], ['User IDs', 'userIds'], ['Steps to Reproduce', 'stepsToReproduce'], ['How to reproduce', 'stepsToReproduce'],
    ['Repro steps', 'stepsToReproduce'], ['STR', 'stepsToReproduce'], ['Troubleshooting', 'troubleshooting'], ['What we tried', 'troubleshooting'],
    ['Tried', 'troubleshooting'], ['Steps taken', 'troubleshooting'], ['Scope', 'scope'], ['Impact', 'scope'], ['Course', 'courseName'],
    ['Course name', 'courseName'], ['Course URL', 'courseUrl'], ['Revision ID', 'courseRevisionId'], ['rev', 'courseRevisionId'],
    ['Description', 'description'], ['Issue', 'description'], ['Screenshots', 'visuals'], ['Browser', 'other'], ['School year', 'other'],
    ['Customer type', 'other'], ['Pasos para reproducir', 'stepsToReproduce'], ['Escuela', 'school'], ['Alcance', 'scope'],
    ['User ID(s) affected', 'userIds'], ['Student IDs impacted', 'userIds'], ['¿Qué ha intentado?', 'troubleshooting'],
    ['¿Cuántos usuarios afectados?', 'scope'], ['Que han probado', 'troubleshooting'],
  ])('%s -> %s', (label, kind) => expect(classifyLabel(label)).toBe(kind));

  it.each([
    ['Affected username(s) or student ID(s)', 'userIds'],
    ['School or district', 'school'],
    ['School or student ID', 'other'],
    ['Student or parent', 'other'],
    ['Account or organization', 'other'],
    ['Parent or guardian', 'other'],
    ['User ID(s) / username(s)', 'userIds'],
    ['Student / Parent', 'other'],
    ['Steps / troubleshooting', 'other'],
    // The last word serving both.
    ['Student or user ID(s)', 'userIds'],
    ['Student/user ID(s)', 'userIds'],
  ])('two names of one thing: %s -> %s', (label, kind) => expect(classifyLabel(label)).toBe(kind));

  it.each([
    ['Describa el problema / Describe the problem', 'description'],
    ['¿Qué ha intentado? / What have you tried?', 'troubleshooting'],
    ['¿Cuántos usuarios? / How many users?', 'scope'],
    ['ID del estudiante / Student ID', 'userIds'],
    ['Pasos / Steps', 'stepsToReproduce'],
    ['Nombre / Name', 'other'],
  ])('a label in two languages: %s -> %s', (label, kind) => expect(classifyLabel(label)).toBe(kind));
});

describe('parseLabelLine', () => {
  it('reads bold, bulleted and numbered labels', () => {
    expect(parseLabelLine('**School:** Lincoln')).toMatchObject({ kind: 'school', inline: 'Lincoln' });
    expect(parseLabelLine('- SID: 12345')).toMatchObject({ kind: 'userIds', inline: '12345', listItem: true });
    expect(parseLabelLine('2) Scope - one class')).toMatchObject({ kind: 'scope', inline: 'one class' });
    expect(parseLabelLine('### Steps to reproduce')).toMatchObject({ kind: 'stepsToReproduce', inline: '' });
  });

  it("reads a form's question as its label when the answer follows on its line", () => {
    expect(parseLabelLine('What have you tried? n/a')).toMatchObject({ kind: 'troubleshooting', inline: 'n/a' });
    expect(parseLabelLine('How many people are affected? I don\'t know if this happens to anyone else')).toMatchObject({ kind: 'scope' });
    expect(parseLabelLine('Why does it do that? No idea.')).toBeNull();
    expect(parseLabelLine("Steps? I don't know, it just happens")).toBeNull();
  });

  it("reads a bilingual form's label by its longer half", () => {
    expect(parseLabelLine('What have you tried? / ¿Qué ha intentado?: reinicié la tablet, igual')).toMatchObject({ kind: 'troubleshooting', inline: 'reinicié la tablet, igual' });
    // Another field, even one we do not track, ends the one above.
    expect(sections('What have you tried? / ¿Qué ha intentado?:\nHow many users affected? / ¿Cuántos?: no sé')).toEqual([
      expect.objectContaining({ kind: 'troubleshooting', body: [] }),
      expect.objectContaining({ kind: 'other', inline: 'no sé' }),
    ]);
  });

  it('reads a form label with a hint in brackets', () => {
    expect(parseLabelLine('Affected user(s) (username, student ID or email): n/a')).toMatchObject({ kind: 'userIds', inline: 'n/a' });
  });

  it('does not take a URL or a sentence for a label', () => {
    expect(parseLabelLine('see https://example.com/x')).toBeNull();
    expect(parseLabelLine('The teacher told me this morning that she cannot log in at all')).toBeNull();
  });
});

describe('parseSections', () => {
  it('leaves an empty form label empty when the next line is another label or a chat turn', () => {
    const [school, users] = sections('School / District: \nAffected user(s) (username, student ID or email): n/a');
    expect(school).toMatchObject({ kind: 'school', inline: '', body: [] });
    expect(users).toMatchObject({ kind: 'userIds', inline: 'n/a' });
    const [steps] = sections('Steps to reproduce: \nWhat have you tried so far?: \nHow many users are affected?: not sure');
    expect(steps).toMatchObject({ kind: 'stepsToReproduce', body: [] });
    // A timed list under a label is its value; only a chat turn (time and speaker) is not.
    expect(sections('Troubleshooting:\n9:15 cleared cache\n9:20 tried incognito, same')[0]).toMatchObject({ body: ['9:15 cleared cache', '9:20 tried incognito, same'] });
    const [organization] = sections('Organization: \n[13:20:11] Visitor: hi, read aloud is not working at Lincoln');
    expect(organization).toMatchObject({ kind: 'school', body: [] });
  });

  it('takes the list under a heading and stops at the next label', () => {
    const [steps, tried] = sections('Steps to reproduce:\n1. Log in\n2. Click Save\nTroubleshooting: cleared cache');
    expect(steps).toMatchObject({ kind: 'stepsToReproduce', body: ['1. Log in', '2. Click Save'] });
    expect(tried).toMatchObject({ kind: 'troubleshooting', inline: 'cleared cache' });
  });

  it('ends a list where the list ends', () => {
    const [tried] = sections('Troubleshooting:\n- cleared cache\n- tried Firefox\nTeacher still sees the old roster.');
    expect(tried?.body).toEqual(['cleared cache', 'tried Firefox']);
  });

  it('keeps a numbered step with a colon inside the steps', () => {
    const [steps] = sections('Steps to reproduce:\n1. Login: as the teacher\n2. Open gradebook');
    expect(steps?.body).toHaveLength(2);
  });

  it('reads table rows as label and value', () => {
    const found = sections('School | Oak Grove |\nSID | 20931 |');
    expect(found.map((s) => [s.kind, sectionValue(s)])).toEqual([['school', 'Oak Grove'], ['userIds', '20931']]);
  });

  it('an untracked label owns only its line', () => {
    const found = sections('Hi team:\nThe gradebook is blank for every teacher this morning.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'other', body: [] });
  });
});
