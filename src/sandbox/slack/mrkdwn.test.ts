import { escapeTyped, mrkdwnTokens, plainTokens, sandboxLink, type Token } from './mrkdwn';

/** The tokens as a short string: **b**, _i_, ~s~, `code`, [label](href), @mention, emoji as is. */
function show(tokens: Token[]): string {
  return tokens
    .map((k) => {
      switch (k.t) {
        case 'text':
          return k.v;
        case 'b':
          return `**${show(k.c)}**`;
        case 'i':
          return `_${show(k.c)}_`;
        case 's':
          return `~${show(k.c)}~`;
        case 'code':
          return `\`${k.v}\``;
        case 'link':
          return `[${k.v}](${k.href})`;
        case 'mention':
          return k.real ? `{${k.v}}` : k.v;
        case 'emoji':
          return k.v;
      }
    })
    .join('');
}

const md = (text: string) => show(mrkdwnTokens(text, (id) => ({ U1: 'jordan', C1: 'eng-triage' })[id] ?? id));

describe('mrkdwn as Slack shows a bot message', () => {
  it('bolds *x*, slants _x_, strikes ~x~ and codes `x`, also nested', () => {
    expect(md('*Outage:* _not given_ ~old~ `npm test`')).toBe('**Outage:** _not given_ ~old~ `npm test`');
    expect(md('*School*\nNorth High')).toBe('**School**\nNorth High');
    expect(md('*bold _and italic_*')).toBe('**bold _and italic_**');
    expect(md('(_aside_), *end*.')).toBe('(_aside_), **end**.');
  });

  it('leaves markers that Slack does not read as formatting', () => {
    expect(md('2*3*4 snake_case_name a * b * c')).toBe('2*3*4 snake_case_name a * b * c');
    expect(md('*not\nacross lines*')).toBe('*not\nacross lines*');
    expect(md('* spaced *')).toBe('* spaced *');
  });

  it('draws the emoji the app uses, and leaves unknown codes and times alone', () => {
    expect(md(':white_check_mark: School :x: Visuals :warning: Missing :heavy_minus_sign: :rotating_light: :memo:')).toBe(
      '✅ School ❌ Visuals ⚠️ Missing ➖ 🚨 📝',
    );
    expect(md(':not_an_emoji: at 10:00:05')).toBe(':not_an_emoji: at 10:00:05');
  });

  it('decodes the three escapes and keeps escaped markup as text', () => {
    expect(md('&lt;!channel&gt; down &amp; out')).toBe('<!channel> down & out');
    expect(md('&lt;b&gt; *x* &lt;/b&gt;')).toBe('<b> **x** </b>');
  });

  it('makes links and mentions of real markup', () => {
    expect(md('<https://acme.zendesk.com/agent/tickets/7|Zendesk ticket #7>')).toBe('[Zendesk ticket #7](https://acme.zendesk.com/agent/tickets/7)');
    expect(md('<!channel> <!subteam^S1> <@U1> <#C1>')).toBe('{@channel} {@subteam} @jordan #eng-triage');
    expect(md('<https://x.example/a?b=1&amp;c=2>')).toBe('[https://x.example/a?b=1&c=2](https://x.example/a?b=1&c=2)');
  });

  it('shows plain_text literally: no bold from a subject, emoji unless turned off', () => {
    expect(show(plainTokens('Outage: *URGENT* &lt;b&gt; :warning:'))).toBe('Outage: *URGENT* <b> ⚠️');
    expect(show(plainTokens('Outage: *URGENT* :warning:', false))).toBe('Outage: *URGENT* :warning:');
  });
});

describe('what a person types', () => {
  it('is escaped as Slack escapes it, so it is never markup', () => {
    expect(escapeTyped('Rolled back <!channel> & watching <error> rates')).toBe('Rolled back &lt;!channel&gt; &amp; watching &lt;error&gt; rates');
    expect(md(escapeTyped('<b>hi</b> & <!here>'))).toBe('<b>hi</b> & <!here>');
  });
});

describe('ticket links in the sandbox', () => {
  const links = { from: 'https://sandbox.zendesk.com', to: 'http://localhost:4567' };
  it('open the local sandbox page of the ticket', () => {
    expect(sandboxLink('https://sandbox.zendesk.com/agent/tickets/1001', links)).toBe('http://localhost:4567/#ticket-1001');
    expect(sandboxLink('https://acme.zendesk.com/agent/tickets/1001', links)).toBe('https://acme.zendesk.com/agent/tickets/1001');
    expect(sandboxLink('https://sandbox.zendesk.com.evil.example/agent/tickets/1', links)).toBe('https://sandbox.zendesk.com.evil.example/agent/tickets/1');
    expect(sandboxLink('https://sandbox.zendesk.com/agent/tickets/1001')).toBe('https://sandbox.zendesk.com/agent/tickets/1001');
  });
});
