import { normalizeChoice, parseSummary } from './summary';

const FULL_PLAIN = `Engineering Outage Summary
Summary: Gradebook failed to load for all partners between 9:05 and 9:50 ET.
Root Cause: A migration dropped an index on grades, so queries timed out.
Immediate fix: Recreated the index and restarted the API pods.
Potential Enhancements: Add a migration check for dropped indexes; alert on p95 latency.
Customer Type: Managed
Product: Gradebook
Source: Regression
3rd Party: None`;

describe('parseSummary', () => {
  it('reads the plain template', () => {
    const { summary, missing } = parseSummary(FULL_PLAIN);
    expect(summary).toEqual({
      summary: 'Gradebook failed to load for all partners between 9:05 and 9:50 ET.',
      rootCause: 'A migration dropped an index on grades, so queries timed out.',
      immediateFix: 'Recreated the index and restarted the API pods.',
      potentialEnhancements: 'Add a migration check for dropped indexes; alert on p95 latency.',
      customerType: 'managed',
      product: 'Gradebook',
      source: 'regression',
    });
    expect(missing).toEqual([]);
  });

  it('reads Slack bold labels, bullets and values over several lines', () => {
    const text = `*Engineering Outage Summary*
• *Summary:* Roster sync stopped for Clever districts.
• *Root cause:*
The Clever webhook secret rotated and
our verifier rejected every event.
• *Immediate Fix:* rotated the secret on our side
• *Potential enhancements:*
  - alert on webhook 401 spikes
  - document the rotation runbook
• *Customer type:* _Integrated_
• *Product:* Rostering
• *Source:* third party
• *Third party:* Clever`;
    const { summary, missing } = parseSummary(text);
    expect(summary.rootCause).toBe('The Clever webhook secret rotated and\nour verifier rejected every event.');
    expect(summary.potentialEnhancements).toBe('- alert on webhook 401 spikes\n- document the rotation runbook');
    expect(summary).toMatchObject({ summary: 'Roster sync stopped for Clever districts.', immediateFix: 'rotated the secret on our side', customerType: 'integrated', product: 'Rostering', source: 'third_party', thirdParty: 'Clever' });
    expect(missing).toEqual([]);
  });

  it('reads markdown bold, labels in any case and dash separators', () => {
    const text = `**SUMMARY**: Quiz timer skipped ahead.
**root cause** - clock drift between app servers
**Immediate fix:** pinned NTP
**POTENTIAL ENHANCEMENTS:** monitor drift
**customer type:** courseware
**product:** Assessments
**source:** infra`;
    const { summary, missing } = parseSummary(text);
    expect(summary).toMatchObject({ summary: 'Quiz timer skipped ahead.', rootCause: 'clock drift between app servers', customerType: 'courseware', source: 'infrastructure' });
    expect(missing).toEqual([]);
  });

  it('takes a heading alone on its line with the value below', () => {
    const { summary } = parseSummary('*Summary*\nVideos did not play.\n\n*Root Cause*\nCDN certificate expired.');
    expect(summary).toMatchObject({ summary: 'Videos did not play.', rootCause: 'CDN certificate expired.' });
  });

  it('lists the fields it could not find, never thirdParty', () => {
    const { summary, missing } = parseSummary('Summary: Login loop\nProduct: SSO');
    expect(summary).toEqual({ summary: 'Login loop', product: 'SSO' });
    expect(missing).toEqual(['rootCause', 'immediateFix', 'potentialEnhancements', 'customerType', 'source']);
  });

  it('treats placeholders as missing and "None" as no third party', () => {
    const { summary, missing } = parseSummary('Summary: x happened\nRoot cause: TBD\nCustomer type: N/A\n3rd party: none\nSource: -');
    expect(summary).toEqual({ summary: 'x happened' });
    expect(missing).toContain('rootCause');
    expect(missing).toContain('customerType');
    expect(missing).toContain('source');
  });

  it('an unknown customer type is missing; an unknown source is "other"', () => {
    const { summary, missing } = parseSummary('Customer Type: enterprise\nSource: human error during maintenance');
    expect(summary.customerType).toBeUndefined();
    expect(missing).toContain('customerType');
    expect(summary.source).toBe('other');
  });

  it('stops a short field at a blank line, keeps long fields over paragraphs', () => {
    const { summary } = parseSummary('Root cause: first part.\n\nsecond part.\nThird party: Clever\n\nThanks all, closing the channel.');
    expect(summary.rootCause).toBe('first part.\n\nsecond part.');
    expect(summary.thirdParty).toBe('Clever');
  });

  it('reads fields written on one line separated by pipes, and Slack-escaped entities', () => {
    const { summary } = parseSummary('Customer Type: Cartridge | Product: Content &amp; Courses | Source: bad data');
    expect(summary).toEqual({ customerType: 'cartridge', product: 'Content & Courses', source: 'bad_data' });
  });

  it('keeps the first value when a label repeats', () => {
    expect(parseSummary('Product: Gradebook\nProduct: Reports').summary.product).toBe('Gradebook');
  });

  it('handles CRLF, empty and non-text input', () => {
    expect(parseSummary('Summary: a\r\nProduct: b\r\n').summary).toEqual({ summary: 'a', product: 'b' });
    expect(parseSummary('').missing).toHaveLength(7);
    expect(parseSummary(undefined as unknown as string).missing).toHaveLength(7);
  });

  it('text without any label finds nothing', () => {
    expect(parseSummary('We fixed it, thanks everyone!').summary).toEqual({});
  });
});

describe('normalizers', () => {
  it.each([
    ['Managed', 'managed'], ['managed (district hosted)', 'managed'], ['Integration partner', 'integrated'], ['Course ware', 'courseware'],
    ['Common Cartridge', 'cartridge'], ['enterprise', null],
  ])('customer type %p -> %p', (v, expected) => expect(normalizeChoice('customerType', v)).toBe(expected));

  it.each([
    ['Misconfiguration', 'misconfiguration'], ['config change on the tenant', 'misconfiguration'], ['Bad Data', 'bad_data'], ['bad_data', 'bad_data'],
    ['Regression (release 4.2)', 'regression'], ['3rd Party', 'third_party'], ['Third-party outage', 'third_party'], ['AWS', 'infrastructure'],
    ['Infrastructure', 'infrastructure'], ['other', 'other'], ['cosmic rays', 'other'], ['N/A', null], ['', null],
  ])('source %p -> %p', (v, expected) => expect(normalizeChoice('source', v)).toBe(expected));
});

describe('parseSummary on pasted templates', () => {
  it('reads a Slack post with emoji, slashes in labels and hints in parentheses', () => {
    const text = `:rotating_light: *Engineering Outage Summary* :rotating_light:
*Summary*: SSO logins failed for ClassLink districts.
*Root cause / RCA*: expired SAML signing certificate.
*Immediate Fix/Mitigation*: rotated the certificate.
*Potential Enhancements*:
• alert 30 days before expiry
*Customer Type (managed/integrated/courseware/cartridge)*: Integrated
*Product*: SSO
*Source (misconfiguration/bad data/regression/etc.)*: misconfiguration
*3rd Party (if any)*: ClassLink`;
    const { summary, missing } = parseSummary(text);
    expect(summary).toEqual({
      summary: 'SSO logins failed for ClassLink districts.',
      rootCause: 'expired SAML signing certificate.',
      immediateFix: 'rotated the certificate.',
      potentialEnhancements: '- alert 30 days before expiry',
      customerType: 'integrated',
      product: 'SSO',
      source: 'misconfiguration',
      thirdParty: 'ClassLink',
    });
    expect(missing).toEqual([]);
  });

  it('an unfilled template hint is missing, not its first option', () => {
    const { summary, missing } = parseSummary('Customer Type: managed / integrated / courseware / cartridge\nSource: misconfiguration / bad data / regression / etc.');
    expect(summary.customerType).toBeUndefined();
    expect(summary.source).toBeUndefined();
    expect(missing).toEqual(expect.arrayContaining(['customerType', 'source']));
  });
});
