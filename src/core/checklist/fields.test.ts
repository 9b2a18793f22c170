import { fieldText, readField } from './fields';

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
