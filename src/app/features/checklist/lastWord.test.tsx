import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../App';
import { FakeZafClient, ticketData } from '../../test/fakeClient';

// "The agent has the last word", through the whole app on the fake ZAF host: the choice is the ticket's
// tag, so another sidebar on the same ticket (a reload, another agent) shows it too.
configure({ asyncUtilTimeout: 5000 });

// Everything but visuals and user ids: a Problem reads 5 of 7.
const DESCRIPTION = [
  'Teachers cannot open the gradebook. When they click Gradebook the page spins forever instead of showing grades.',
  '',
  'Steps to reproduce:',
  '1. Log in as a teacher',
  '2. Click Gradebook',
  '',
  'Troubleshooting: cleared the cache and tried Chrome and Firefox, same result.',
].join('\n');

const SETTINGS = { school_field_id: '360001', scope_field_id: '360002' };
const FIELDS = [
  { name: 'subject', label: 'Subject' },
  { name: 'custom_field_360001', label: 'School' },
  { name: 'custom_field_360002', label: 'Scope' },
];

function host(data: Record<string, unknown> = {}, failing?: string[]) {
  return new FakeZafClient({
    data: ticketData({
      'ticket.description': DESCRIPTION,
      'ticket.customField:custom_field_360001': 'Jefferson Middle School',
      'ticket.customField:custom_field_360002': 'scope_school',
      ticketFields: FIELDS,
      ...data,
    }),
    settings: SETTINGS,
    failing,
  });
}

function open(client: FakeZafClient, locale?: string) {
  if (locale !== undefined) client.data.currentUser = { ...(client.data.currentUser as object), locale };
  const view = render(<App client={client} />);
  return { view, user: userEvent.setup() };
}

const row = (key: string) => screen.getByTestId(`checklist-item-${key}`);
const summary = () => screen.findByTestId('completeness-summary');

describe("the agent's word on checklist items", () => {
  it("confirms a missing item as the ticket's tag, and every sidebar on the ticket shows it after a reload", async () => {
    const client = host();
    const { view, user } = open(client);
    expect(await summary()).toHaveTextContent('5 of 7 required');
    await user.click(within(row('visuals')).getByRole('button', { name: /Visuals/ }));
    await user.click(within(row('visuals')).getByRole('button', { name: "It's there" }));

    await waitFor(() => expect(row('visuals')).toHaveAttribute('data-confirmation', 'present'));
    expect(client.invokes('ticket.tags.add')).toEqual([[['checklist_ok_visuals']]]);
    expect(row('visuals')).toHaveAttribute('data-status', 'present');
    expect(row('visuals')).toHaveTextContent('Confirmed by an agent');
    expect(within(row('visuals')).getByTestId('checklist-confirmation-note')).toHaveTextContent('An agent confirmed it is in the ticket.');
    expect(screen.getByTestId('completeness-summary')).toHaveTextContent('6 of 7 required');

    view.unmount();
    open(host({ 'ticket.tags': client.data['ticket.tags'] }));
    expect(await summary()).toHaveTextContent('6 of 7 required');
    expect(row('visuals')).toHaveAttribute('data-confirmation', 'present');
    expect(row('visuals')).toHaveTextContent('Confirmed by an agent');
  });

  it('says an item is not needed here: it stays in its place, marked, and no longer counts; Undo takes it back', async () => {
    const client = host();
    const { user } = open(client);
    expect(await summary()).toHaveTextContent('5 of 7 required');
    await user.click(within(row('userIds')).getByRole('button', { name: /User IDs/ }));
    await user.click(within(row('userIds')).getByRole('button', { name: 'Not needed here' }));

    await waitFor(() => expect(row('userIds')).toHaveAttribute('data-confirmation', 'not_needed'));
    expect(client.data['ticket.tags']).toContain('checklist_na_user_ids');
    expect(row('userIds')).toHaveAttribute('data-required', 'false');
    expect(within(row('userIds')).getByRole('img', { name: 'Not needed here' })).toBeInTheDocument();
    expect(screen.getByTestId('completeness-summary')).toHaveTextContent('5 of 6 required');
    // Still listed under Required, where the agent clicked it.
    const required = screen.getByText('Required').nextElementSibling!;
    expect(within(required as HTMLElement).getByTestId('checklist-item-userIds')).toBeInTheDocument();

    await user.click(within(row('userIds')).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(row('userIds')).toHaveAttribute('data-confirmation', 'none'));
    expect(client.data['ticket.tags']).not.toContain('checklist_na_user_ids');
    expect(client.invokes('ticket.tags.remove')).toEqual([[['checklist_na_user_ids']]]);
    expect(screen.getByTestId('completeness-summary')).toHaveTextContent('5 of 7 required');
  });

  it('lists an item called not needed under Optional when the issue type does not require it anyway', async () => {
    const { user } = open(host({ 'ticket.tags': ['issue_type_outage', 'checklist_na_user_ids'] }));
    await summary();
    const optional = screen.getByText('Optional').nextElementSibling as HTMLElement;
    expect(within(optional).getByTestId('checklist-item-userIds')).toHaveTextContent('Not needed here');
    await user.click(within(row('userIds')).getByRole('button', { name: /User IDs/ }));
    expect(within(row('userIds')).getByRole('button', { name: 'Undo' })).toBeInTheDocument();
  });

  it('works from the keyboard, and keeps focus on the choice once it is saved', async () => {
    const client = host();
    const { user } = open(client);
    await summary();
    within(row('visuals')).getByRole('button', { name: /Visuals/ }).focus();
    await user.keyboard('{Enter}');
    const group = within(row('visuals')).getByRole('group', { name: 'Your word on Visuals' });
    await user.tab();
    expect(within(group).getByRole('button', { name: "It's there" })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(within(row('visuals')).getByRole('button', { name: 'Undo' })).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(within(row('visuals')).getByRole('button', { name: "It's there" })).toHaveFocus());
    expect(client.data['ticket.tags']).not.toContain('checklist_ok_visuals');
  });

  it('offers no choice on an item found in the ticket, and says when the host refuses the tag', async () => {
    const { user } = open(host({}, ['ticket.tags.add']));
    await summary();
    await user.click(within(row('description')).getByRole('button', { name: /Description/ }));
    expect(within(row('description')).queryByRole('group')).not.toBeInTheDocument();

    await user.click(within(row('visuals')).getByRole('button', { name: /Visuals/ }));
    await user.click(within(row('visuals')).getByRole('button', { name: "It's there" }));
    expect(await within(row('visuals')).findByTestId('checklist-confirm-error')).toHaveTextContent(
      'Could not save it on the ticket: ticket.tags.add is not available',
    );
    expect(row('visuals')).toHaveAttribute('data-confirmation', 'none');
  });

  it("shows a mapped field's value with its title from the host, and the agent's word in Spanish", async () => {
    const { user } = open(host({ 'ticket.tags': ['checklist_ok_visuals', 'checklist_na_user_ids'] }), 'es-MX');
    expect(await summary()).toHaveTextContent('6 de 6 obligatorios');
    await waitFor(() => expect(row('school')).toBeInTheDocument());
    await user.click(within(row('school')).getByRole('button', { name: /Escuela/ }));
    await waitFor(() => expect(row('school')).toHaveTextContent('Jefferson Middle School (School field)'));
    expect(row('visuals')).toHaveTextContent('Confirmado por un agente');
    expect(row('userIds')).toHaveTextContent('No hace falta aquí');
    await user.click(within(row('visuals')).getByRole('button', { name: /Imágenes/ }));
    expect(within(row('visuals')).getByRole('button', { name: 'Deshacer' })).toBeInTheDocument();
  });
});
