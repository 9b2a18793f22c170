// The gateway's comments list against Zendesks that give a comment's text in different fields: the
// real API gives body, html_body and plain_body; a fake (or an older API) may give only one. A
// marker the proxy wrote is found in whichever carries it.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { customerUpdateIds, customerUpdateMarker, escalationNoteMarker } from '../../core/appNote';
import { ZendeskGateway } from './gateway';

const UPDATE_ID = '0123456789abcdef0123';
const html = `<p>We are on it.${customerUpdateMarker(UPDATE_ID)}</p>`;

let server: Server;
let comments: unknown[] = [];
let seenAuth: string | undefined;

beforeAll(async () => {
  server = createServer((req, res) => {
    seenAuth = req.headers.authorization;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ comments, next_page: null, previous_page: null, count: comments.length }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const gateway = () => new ZendeskGateway({ apiUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, email: 'bot@acme.example', apiToken: 'tok', timeoutMs: 2000 });

test.each([
  ['all three (as Zendesk)', { body: 'We are on it.', html_body: html, plain_body: 'We are on it.' }],
  ['only body, holding the HTML', { body: html }],
  ['only html_body', { html_body: html }],
  ['only plain_body, marker kept', { plain_body: `We are on it.${customerUpdateMarker(UPDATE_ID)}` }],
  ['html_body with the marker as character references', { body: 'We are on it.', html_body: `<p>We are on it.${[...customerUpdateMarker(UPDATE_ID)].map((c) => `&#${c.codePointAt(0)!};`).join('')}</p>` }],
])('a customer update is found again when the comment comes with %s', async (_name, fields) => {
  comments = [{ id: 1, public: true, created_at: '2026-01-01T00:00:00Z', ...fields }];
  const [comment] = await gateway().comments(1001);
  expect(customerUpdateIds(comment!.body)).toEqual([UPDATE_ID]);
  expect(comment).toMatchObject({ id: 1, public: true, createdAt: '2026-01-01T00:00:00Z' });
  expect(seenAuth).toBe('Basic ' + Buffer.from('bot@acme.example/token:tok').toString('base64'));
});

test('an internal note is found by its marker in any field; a comment without text reads as empty', async () => {
  comments = [
    { id: 2, public: false, html_body: `<p>Escalated ${escalationNoteMarker('e1')}</p>` },
    { id: 3, public: true },
  ];
  const [note, empty] = await gateway().comments(1001);
  expect(note!.body).toContain(escalationNoteMarker('e1'));
  expect(empty!.body).toBe('');
});
