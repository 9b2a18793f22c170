import { evaluateChecklist } from '../checklist';
import { FIELD_EVIDENCE_MAX, fieldEvidence, fieldText, parseFieldEvidence, readField } from './fields';

describe('fieldText', () => {
  it.each([
    [null, null], [undefined, null], ['', null], ['   ', null], ['N/A', null], [false, null], [[], null], [['', '-'], null], [Number.NaN, null],
    ['Lincoln', 'Lincoln'], [0, '0'], [42, '42'], [true, 'yes'], [['a', 'b'], 'a, b'],
  ])('%p -> %p', (value, expected) => expect(fieldText(value as never)).toBe(expected));
});

describe('readField', () => {
  const custom = { '100': 'Oak Grove', '200': '' };

  it('reads the mapped field', () => {
    expect(readField('school', { school: '100' }, custom)).toEqual({ fieldId: '100', text: 'Oak Grove' });
  });

  it('is null when the item is unmapped, mapped to an empty field, or to a field the ticket lacks', () => {
    expect(readField('school', {}, custom)).toBeNull();
    expect(readField('school', undefined, custom)).toBeNull();
    expect(readField('school', { school: '200' }, custom)).toBeNull();
    expect(readField('school', { school: '999' }, custom)).toBeNull();
    expect(readField('school', { school: '  ' }, custom)).toBeNull();
  });

  it('accepts a numeric field id from untyped settings', () => {
    expect(readField('school', { school: 100 as unknown as string }, custom)?.fieldId).toBe('100');
  });
});

describe('fieldEvidence', () => {
  it('shows the value and the field it came from, by title when the host gave one', () => {
    expect(fieldEvidence('Jefferson Middle School', '360001', 'School')).toBe('Jefferson Middle School (School field)');
    expect(fieldEvidence('Jefferson Middle School', '360001')).toBe('Jefferson Middle School (field 360001)');
    expect(fieldEvidence('Jefferson Middle School', '360001', '  ')).toBe('Jefferson Middle School (field 360001)');
  });

  it('keeps to one line of at most 80 characters, cutting the value', () => {
    const long = 'Jefferson Middle School, '.repeat(10);
    const evidence = fieldEvidence(long, '360001', 'School');
    expect(evidence.length).toBeLessThanOrEqual(FIELD_EVIDENCE_MAX);
    expect(evidence).toMatch(/^Jefferson Middle School, .*… \(School field\)$/);
    expect(fieldEvidence('Line one\n\nline two', '1', 'Notes')).toBe('Line one line two (Notes field)');
    const longTitle = fieldEvidence('Lincoln', '1', 'The school or district that the affected users belong to, as they wrote it');
    expect(longTitle.length).toBeLessThanOrEqual(FIELD_EVIDENCE_MAX);
    expect(longTitle.startsWith('Lincoln (The school or district')).toBe(true);
  });

  it('reads back into value and source, even when the value or the title has parentheses', () => {
    expect(parseFieldEvidence('Jefferson Middle School (School field)')).toEqual({ value: 'Jefferson Middle School', source: 'School field' });
    expect(parseFieldEvidence('Lincoln High (District 12) (field 360001)')).toEqual({ value: 'Lincoln High (District 12)', source: 'field 360001' });
    expect(parseFieldEvidence(fieldEvidence('Oak (North)', '7', 'School (district)'))).toEqual({ value: 'Oak (North)', source: 'School district field' });
    expect(parseFieldEvidence('description: School: Lincoln High')).toBeNull();
    expect(parseFieldEvidence('screenshot.png')).toBeNull();
  });
});

describe('evaluateChecklist with mapped fields', () => {
  const ticket = { id: 1, subject: 'Broken', description: 'It is broken.', status: 'open', tags: [], customFields: { '360001': 'Jefferson Middle School', '360002': 'scope_school' }, comments: [] };

  it("shows the field's value with its title from the host, or its id when the title is unknown", () => {
    const result = evaluateChecklist(ticket, 'problem', { fields: { school: '360001', scope: '360002' }, fieldTitles: { '360001': 'School' } });
    expect(result.items.find((i) => i.key === 'school')).toMatchObject({ status: 'present', evidence: ['Jefferson Middle School (School field)'] });
    expect(result.items.find((i) => i.key === 'scope')).toMatchObject({ status: 'present', evidence: ['scope_school (field 360002)'] });
  });
});
