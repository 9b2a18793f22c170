// The stand-in refuses what Jira refuses in a document; the proxy's descriptions and comments pass.
import { escalationRequest } from '../../proxy/testing/harness';
import { issueDescription, summaryComment } from '../../proxy/escalations/boardText';
import { adfProblems, adfText } from './adf';

const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

test('a well-formed document has no problems; its text reads back', () => {
  const doc = { type: 'doc', version: 1, content: [p('one'), { type: 'bulletList', content: [{ type: 'listItem', content: [p('two')] }] }] };
  expect(adfProblems(doc)).toEqual([]);
  expect(adfText(doc)).toBe('one\ntwo');
});

test.each([
  ['not a doc', { type: 'paragraph', version: 1, content: [] }, 'root must be of type "doc"'],
  ['no version', { type: 'doc', content: [] }, 'version 1'],
  ['text at the top', { type: 'doc', version: 1, content: [{ type: 'text', text: 'x' }] }, 'not allowed here'],
  ['empty text', { type: 'doc', version: 1, content: [p('')] }, 'non-empty text'],
  ['unknown node', { type: 'doc', version: 1, content: [{ type: 'marquee', content: [] }] }, 'marquee is not allowed'],
  ['link without href', { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: {} }] }] }] }, 'needs attrs.href'],
  ['empty list', { type: 'doc', version: 1, content: [{ type: 'bulletList', content: [] }] }, 'needs content'],
])('refuses %s', (_what, doc, problem) => {
  expect(adfProblems(doc).join('\n')).toContain(problem);
});

test("the proxy's description and summary comment are well formed, with ids masked", () => {
  const description = issueDescription({ request: escalationRequest(), mask: true, slack: { name: 'outage-1001', url: 'https://acme.slack.com/archives/C1' } });
  expect(adfProblems(description)).toEqual([]);
  expect(adfText(description)).not.toContain('4481923');
  const comment = summaryComment('e1', 's1', { summary: 'down', rootCause: 'index', immediateFix: 'rollback', potentialEnhancements: 'canary', customerType: 'managed', product: 'Gradebook', source: 'bad_data' }, null);
  expect(adfProblems(comment)).toEqual([]);
  expect(adfText(comment)).toContain('Source: Bad data');
});
