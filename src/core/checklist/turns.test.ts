import { isAgentTurn, lineHeadAt, lineRestAt } from './turns';

describe('the line around a phrase, read within reach', () => {
  const chat = '[10:01] Visitor: it froze\n[10:02] Agent (Maya): In the meantime you could clear the cache? Thanks\n[10:03] Visitor: ok';
  const at = chat.indexOf('clear');

  it('gives the head of the line holding it, and the rest of that line', () => {
    expect(lineHeadAt(chat, at)).toMatch(/^\[10:02\] Agent \(Maya\): /);
    expect(isAgentTurn(lineHeadAt(chat, at) ?? '')).toBe(true);
    expect(lineRestAt(chat, at)).toBe('clear the cache? Thanks');
  });

  it('reads the first line from the text start', () => {
    expect(lineHeadAt(chat, 5)).toMatch(/^\[10:01\] Visitor: it froze/);
  });

  it('finds no chat turn on a line that started far back, and reads no further than the reach', () => {
    const long = 'x '.repeat(5000);
    expect(lineHeadAt(long, 8000)).toBeNull();
    expect(lineRestAt(long, 0).length).toBe(1000);
  });
});
