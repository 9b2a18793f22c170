import { customerUpdateIds, customerUpdateMarker, escalationNoteMarker, isAppNote, summaryNoteMarker } from './appNote';
import { customerUpdateHtml, customerUpdateParagraphs, isReplyWithText } from './customerUpdate';

describe('isAppNote', () => {
  it('knows the notes the app writes by their marker', () => {
    expect(isAppNote(`Escalated to engineering as Outage: Slack channel #out-1001\nhttps://slack.com/archives/C1\n\n${escalationNoteMarker('3f2a9c1e-1b2c-4d5e-8f90-123456789abc')}`)).toBe(true);
    expect(isAppNote(`Engineering Outage summary (Slack #out-1001)\n\nSummary: x\n\n${summaryNoteMarker('e1', 's1')}`)).toBe(true);
  });

  it('knows them by their opening when the marker was lost', () => {
    expect(isAppNote('Escalated to engineering as Time Sensitive: a thread in Slack #triage\nhttps://slack.com/archives/C2')).toBe(true);
  });

  it('knows a customer update by its invisible marker, also as text read from its HTML', () => {
    const marker = customerUpdateMarker('0123456789abcdef0123');
    expect(isAppNote(`All schools can sign in again since 10:40.${marker}`)).toBe(true);
    expect(isAppNote(customerUpdateHtml('All schools are affected.', marker))).toBe(true);
  });

  it('leaves what people wrote alone', () => {
    expect(isAppNote('We escalated this to engineering yesterday, see [escalation path] in the wiki')).toBe(false);
    expect(isAppNote('Student SID 4481923 cannot log in.')).toBe(false);
    // A stray zero-width space (pasted from a web page) is not a marker.
    expect(isAppNote('All schools\u200B are affected\u2060.')).toBe(false);
  });
});

describe('customer update marker', () => {
  it('shows nothing: only zero-width characters', () => {
    expect(customerUpdateMarker('00ff').replace(/\u200B|\u200C|\u200D|\u2060|\u2063/g, '')).toBe('');
  });

  it('reads back the id it carries, among others', () => {
    const a = 'a1b2c3d4e5f60718293a';
    const b = 'ffffffffffffffffffff';
    expect(customerUpdateIds(`x${customerUpdateMarker(a)} y ${customerUpdateMarker(b)}`)).toEqual([a, b]);
    expect(customerUpdateIds('no marker here')).toEqual([]);
  });

  it('refuses an id it could not read back', () => {
    expect(() => customerUpdateMarker('not-hex')).toThrow(/hex/);
  });
});

describe('isReplyWithText', () => {
  const text = 'Fixed at 10:05 & verified.\n\nNext update <soon>.';
  it('reads the reply as Zendesk returns it: our HTML, its plain_body, without the marker', () => {
    expect(isReplyWithText(customerUpdateHtml(text, ''), text)).toBe(true);
    expect(isReplyWithText('Fixed at 10:05 & verified.\n\nNext update <soon>.\n', text)).toBe(true);
    expect(isReplyWithText('<p>Fixed at 10:05 &amp; verified.</p>\n<p>Next update &lt;soon&gt;.\u200b</p>', text)).toBe(true);
  });
  it('is not another reply, nor a part of the text, nor an empty text', () => {
    expect(isReplyWithText('Fixed at 10:05 & verified.', text)).toBe(false);
    expect(isReplyWithText('We are still looking into it.', text)).toBe(false);
    expect(isReplyWithText('anything', '  ')).toBe(false);
  });
});

describe('customerUpdateHtml', () => {
  it('escapes every character of the text: it never becomes markup', () => {
    const html = customerUpdateHtml('<script>alert(1)</script> & "quotes" \'too\'', '');
    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;too&#39;</p>');
  });

  it('keeps paragraphs and line breaks as the agent wrote them, the marker at the end', () => {
    const marker = customerUpdateMarker('abcd');
    expect(customerUpdateHtml('Hello Ana,\n\nWe know.\nWe fix.\n\n\nNext update at 11:00.  ', marker)).toBe(
      `<p>Hello Ana,</p><p>We know.<br>We fix.</p><p>Next update at 11:00.${marker}</p>`,
    );
  });

  it('reads paragraphs the same way for the preview', () => {
    expect(customerUpdateParagraphs('a\r\nb\r\n\r\n  \r\nc')).toEqual([['a', 'b'], ['c']]);
  });
});
