import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from './App';
import { FakeZafClient, ticketData } from './test/fakeClient';

// Everything but visuals is in the description: a Problem-type checklist then reads 6 of 7.
const DESCRIPTION = [
  'School: Lincoln High School',
  'Student SID 4481923 cannot open the gradebook. When she clicks Gradebook the page spins forever instead of showing her grades.',
  '',
  'Steps to reproduce:',
  '1. Log in as the student',
  '2. Click Gradebook',
  '',
  'Troubleshooting: cleared the cache and tried Chrome and Firefox, same result.',
  'Scope: only one student is affected.',
].join('\n');

function setup(options: { data?: Record<string, unknown>; settings?: Record<string, unknown>; failing?: string[] } = {}) {
  const client = new FakeZafClient({
    data: ticketData({ 'ticket.description': DESCRIPTION, ...options.data }),
    settings: options.settings ?? { school_field_id: '360001', scope_field_id: '360002' },
    failing: options.failing,
  });
  render(<App client={client} />);
  return { client, user: userEvent.setup() };
}

// The card commits first; the issue-type picker, the ask button and escalation follow a task later.
const summary = async () => {
  const card = await screen.findByTestId('completeness-summary');
  await screen.findByTestId('issue-type-picker');
  return card;
};

describe('the sidebar app', () => {
  it('says to open it inside Zendesk when there is no host', async () => {
    render(<App client={false} />);
    expect(await screen.findByTestId('outside-zendesk')).toHaveTextContent('Open this app inside Zendesk');
  });

  it('shows the checklist for the ticket, checked as Problem until a type is chosen', async () => {
    setup();
    expect(await summary()).toHaveTextContent('6 of 7 required');
    expect(screen.getByTestId('checklist-item-visuals')).toHaveAttribute('data-status', 'missing');
    expect(screen.getByTestId('checklist-item-school')).toHaveAttribute('data-status', 'present');
    expect(screen.getByText('No issue type yet: checked as Problem.')).toBeInTheDocument();
    expect(screen.queryByTestId('settings-error')).not.toBeInTheDocument();
  });

  it('re-evaluates live when the host reports a new comment with a screenshot', async () => {
    const { client } = setup();
    expect(await summary()).toHaveTextContent('6 of 7 required');
    client.data['ticket.comments'] = [
      {
        id: 9,
        value: '<p>Here is what I see</p>',
        author: { name: 'Dana Reyes', role: 'end-user' },
        imageAttachments: [{ contentType: 'image/png', contentUrl: 'https://files.example/1.png', fileName: 'gradebook.png' }],
        nonImageAttachments: [],
      },
    ];
    await act(async () => client.emit('ticket.updated'));
    await waitFor(() => expect(screen.getByTestId('completeness-summary')).toHaveTextContent('7 of 7 required'));
    expect(screen.getByTestId('checklist-item-visuals')).toHaveAttribute('data-status', 'present');
    expect(screen.getByTestId('ask-missing-info')).toBeDisabled();
  });

  it('appends a polite request for exactly the missing items to the reply', async () => {
    const { client, user } = setup({ data: { 'ticket.description': 'School: Lincoln High School\nThe gradebook is broken.' } });
    await summary();
    await user.click(screen.getByTestId('ask-missing-info'));
    await screen.findByText('The request was added to your reply.');
    expect(client.reply).toMatch(/^Hi Dana Reyes,\n/);
    expect(client.reply).toContain('- a screenshot or short video of the whole browser window');
    expect(client.reply).toContain('- the steps you took, one by one, up to the problem');
    expect(client.reply).not.toContain('the name of your school or district');
    expect(client.reply).not.toContain('the name of the course'); // optional items are not asked for
  });

  it('says so when the reply editor refuses the text', async () => {
    const { user } = setup({ failing: ['comment.appendText'] });
    await summary();
    await user.click(screen.getByTestId('ask-missing-info'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not add the request to your reply');
  });

  it('saves the picked type as a tag replacing the earlier one, and checks the ticket as that type', async () => {
    const { client, user } = setup({ data: { 'ticket.tags': ['gradebook', 'issue_type_question'] } });
    expect(await summary()).toHaveTextContent('1 of 1 required'); // Question requires only a description
    expect(screen.getByTestId('issue-type-picker')).toHaveValue('question');
    await user.selectOptions(screen.getByTestId('issue-type-picker'), 'outage');
    await waitFor(() => expect(client.data['ticket.tags']).toEqual(['gradebook', 'issue_type_outage']));
    await waitFor(() => expect(screen.getByTestId('issue-type-picker')).toHaveValue('outage'));
    expect(screen.getByText('Many users cannot use a product right now.')).toBeInTheDocument();
    expect(screen.getByTestId('completeness-summary')).toHaveTextContent('4 of 5 required');
  });

  it('writes the mapped issue type field when one is configured', async () => {
    const { client, user } = setup({
      settings: { issue_type_field_id: '360005' },
      data: { 'ticket.customField:custom_field_360005': null },
    });
    await summary();
    await user.selectOptions(screen.getByTestId('issue-type-picker'), 'interrupt');
    await waitFor(() => expect(screen.getByTestId('issue-type-picker')).toHaveValue('interrupt'));
    expect(client.data['ticket.customField:custom_field_360005']).toBe('interrupt');
    expect(client.invokes('ticket.tags.add')).toEqual([]);
  });

  it('shows a save failure next to the picker', async () => {
    const { client, user } = setup();
    client.set = async () => {
      throw new Error('field is read-only');
    };
    client.invoke = async () => {
      throw new Error('tags are locked');
    };
    await summary();
    await user.selectOptions(screen.getByTestId('issue-type-picker'), 'outage');
    expect(await screen.findByText('Could not save the issue type: tags are locked')).toBeInTheDocument();
  });

  it('warns about a malformed required_items_json and keeps the defaults', async () => {
    setup({ settings: { required_items_json: '{"outage": [school' } });
    const notice = await screen.findByTestId('settings-error');
    expect(notice).toHaveTextContent('required_items_json is not valid');
    expect(notice).toHaveTextContent('Using the defaults instead.');
    expect(await summary()).toHaveTextContent('6 of 7 required');
  });

  it('applies a valid required_items_json override', async () => {
    setup({ settings: { required_items_json: '{"problem": ["school", "visuals"]}' } });
    expect(await summary()).toHaveTextContent('1 of 2 required');
  });

  it('speaks Spanish to an agent with an es-MX locale, reply included', async () => {
    const { client, user } = setup({ data: { currentUser: { name: 'Agente', locale: 'es-MX' } } });
    expect(await summary()).toHaveTextContent('6 de 7 obligatorios');
    const visuals = screen.getByTestId('checklist-item-visuals');
    expect(within(visuals).getByText('Falta')).toBeInTheDocument();
    await user.click(screen.getByTestId('ask-missing-info'));
    await waitFor(() => expect(client.reply).toMatch(/^Hola, Dana Reyes:/));
    expect(client.reply).toContain('- una captura de pantalla');
    expect(document.documentElement.lang).toBe('es-MX');
  });

  it('marks the document with the agent\'s language', async () => {
    setup();
    await summary();
    expect(document.documentElement.lang).toBe('en-US');
  });

  it('asks once: a second click leaves the request in the reply as it is', async () => {
    const { client, user } = setup();
    await summary();
    await user.click(screen.getByTestId('ask-missing-info'));
    await screen.findByText('The request was added to your reply.');
    const once = client.reply;
    await user.click(screen.getByTestId('ask-missing-info'));
    await screen.findByText('Your reply already has this request.');
    expect(client.reply).toBe(once);
  });

  it('replaces its own earlier request, keeping what the agent wrote around it', async () => {
    const { client, user } = setup();
    await summary();
    client.reply = 'Thanks for the report.\n\n';
    await user.click(screen.getByTestId('ask-missing-info'));
    await screen.findByText('The request was added to your reply.');
    client.reply += '\n\nBest, Agent Smith';
    // The requester sends a screenshot: the visuals are no longer asked for.
    client.data['ticket.comments'] = [
      {
        id: 9,
        value: '<p>Here</p>',
        author: { name: 'Dana Reyes', role: 'end-user' },
        imageAttachments: [{ contentType: 'image/png', contentUrl: 'https://files.example/1.png', fileName: 'a.png' }],
        nonImageAttachments: [],
      },
    ];
    client.data['ticket.description'] = 'School: Lincoln High School. Student SID 4481923 cannot open the gradebook.';
    await act(async () => client.emit('ticket.updated'));
    await waitFor(() => expect(screen.getByTestId('checklist-item-visuals')).toHaveAttribute('data-status', 'present'));
    await user.click(screen.getByTestId('ask-missing-info'));
    await screen.findByText('The request in your reply was updated to what is missing now.');
    expect(client.reply.match(/Hi Dana Reyes,/g)).toHaveLength(1);
    expect(client.reply).not.toContain('screenshot');
    expect(client.reply).toMatch(/^Thanks for the report\.\n\nHi Dana Reyes,\n/);
    expect(client.reply).toMatch(/Thank you for your help!\n\nBest, Agent Smith$|\n\nBest, Agent Smith$/);
  });

  it('shows a clear error when the ticket cannot be read', async () => {
    const client = new FakeZafClient({ data: ticketData() });
    const get = client.get.bind(client);
    client.get = async (paths) => {
      if (Array.isArray(paths)) throw new Error('Request timed out');
      return get(paths);
    };
    render(<App client={client} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not read the ticket: Request timed out');
  });
});
