import { signSlackRequest } from './signing';

describe('signSlackRequest', () => {
  // The worked example in Slack's "Verifying requests from Slack".
  const secret = '8f742231b10e8888abcd99yyyzzz85a5';
  const body =
    'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';

  it("reproduces Slack's documented signature", () => {
    expect(signSlackRequest(secret, body, 1531420618)).toEqual({
      'x-slack-request-timestamp': '1531420618',
      'x-slack-signature': 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
    });
  });

  it('changes with the body, the time and the secret', () => {
    const base = signSlackRequest(secret, body, 1531420618)['x-slack-signature'];
    expect(signSlackRequest(secret, `${body} `, 1531420618)['x-slack-signature']).not.toBe(base);
    expect(signSlackRequest(secret, body, 1531420619)['x-slack-signature']).not.toBe(base);
    expect(signSlackRequest(`${secret}x`, body, 1531420618)['x-slack-signature']).not.toBe(base);
  });
});
