import { act, configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../App';
import { FakeZafClient, ticketData } from '../../../test/fakeClient';
import type { ZafContext } from '../../../zaf/types';
import { escalationFixture, FakeProxy, PROXY_URL } from './fakeProxy';

// The whole app loads (lazy chunks, settings, ticket, proxy) before a query can match: on a busy
// 2-core CI box that can take longer than the 1 s default. Applies to the test files importing this.
configure({ asyncUtilTimeout: 5000 });

// Everything an outage or a problem needs except visuals.
export const DESCRIPTION = [
  'School: Lincoln High School',
  'Student SID 4481923 cannot open the gradebook. When she clicks Gradebook the page spins forever instead of showing her grades.',
  '',
  'Steps to reproduce:',
  '1. Log in as the student',
  '2. Click Gradebook',
  '',
  'Troubleshooting: cleared the cache and tried Chrome and Firefox, same result.',
  'Scope: the whole school is affected.',
].join('\n');

/** A public comment with a screenshot, in the host's shape: it makes the checklist complete. */
export const SCREENSHOT_COMMENT = {
  id: 9,
  value: '<p>Here is what I see</p>',
  author: { name: 'Dana Reyes', role: 'end-user' },
  imageAttachments: [{ contentType: 'image/png', contentUrl: 'https://files.example/1.png', fileName: 'gradebook.png' }],
  nonImageAttachments: [],
};

type Options = {
  type?: string | null;
  complete?: boolean;
  data?: Record<string, unknown>;
  proxy?: FakeProxy;
  failing?: string[];
  context?: ZafContext;
  /** For fake timers: userEvent must advance them. */
  fakeTimers?: boolean;
};

/** The whole app on a fake host whose client.request reaches a fake proxy, on ticket 4242 of "acme". */
export function renderSidebar(options: Options = {}) {
  const proxy = options.proxy ?? new FakeProxy();
  const type = options.type === undefined ? 'outage' : options.type;
  const client = new FakeZafClient({
    data: ticketData({
      'ticket.description': DESCRIPTION,
      'ticket.organization': { id: 3, name: 'Lincoln High School' },
      'ticket.tags': type === null ? [] : [`issue_type_${type}`],
      'ticket.comments': options.complete === true ? [SCREENSHOT_COMMENT] : [],
      ...options.data,
    }),
    settings: { proxy_url: PROXY_URL },
    context: options.context ?? { location: 'ticket_sidebar', product: 'support', ticketId: 4242, account: { subdomain: 'acme' } },
    request: proxy.handle,
    failing: options.failing,
  });
  const view = render(<App client={client} />);
  const user = userEvent.setup(options.fakeTimers === true ? { advanceTimers: (ms) => jest.advanceTimersByTime(ms) } : {});
  return { client, proxy, user, view };
}

export const escalateButton = () => screen.findByTestId('escalate-button');

/** The clock the timed sidebar tests start at (fake timers). */
export const T0 = Date.parse('2026-03-02T10:00:00Z');
export const minutesAgo = (n: number): string => new Date(Date.now() - n * 60_000).toISOString();
export const BY_TICKET = 'GET /api/escalations/by-ticket/4242';

/** A proxy that already holds an escalation of ticket 4242. */
export function escalatedProxy(overrides: Parameters<typeof escalationFixture>[0] = {}): FakeProxy {
  const proxy = new FakeProxy();
  proxy.add(escalationFixture({ ticketIds: [4242], ...overrides }));
  return proxy;
}

/** Moves fake timers on and lets React settle. */
export async function advance(ms: number): Promise<void> {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(ms);
  });
}
