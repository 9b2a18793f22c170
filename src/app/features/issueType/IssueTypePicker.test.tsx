import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInApp } from '../../test/render';
import { IssueTypePicker } from './IssueTypePicker';

describe('IssueTypePicker', () => {
  it('offers the six types and shows the chosen one with its meaning', () => {
    renderInApp(<IssueTypePicker value="time_sensitive" onSave={async () => undefined} />);
    const select = screen.getByTestId('issue-type-picker');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Outage',
      'Problem',
      'Interrupt',
      'Time Sensitive',
      'Request',
      'Question',
    ]);
    expect(select).toHaveValue('time_sensitive');
    expect(screen.getByText('Must be fixed before a known date, such as a test or term start.')).toBeInTheDocument();
  });

  it('lists every meaning on demand, translated', async () => {
    const user = userEvent.setup();
    renderInApp(<IssueTypePicker value={null} onSave={async () => undefined} />, 'es');
    expect(screen.getByTestId('issue-type-picker')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: '¿Qué significa cada tipo?' }));
    const meanings = screen.getByTestId('issue-type-meanings');
    expect(within(meanings).getByText('Caída')).toBeInTheDocument();
    expect(within(meanings).getByText('Pregunta cómo funciona algo; la responde soporte.')).toBeInTheDocument();
    expect(within(meanings).getAllByRole('definition')).toHaveLength(6);
  });

  it('does not save when the current type is picked again', async () => {
    const user = userEvent.setup();
    const onSave = jest.fn(async () => undefined);
    renderInApp(<IssueTypePicker value="outage" onSave={onSave} />);
    await user.selectOptions(screen.getByTestId('issue-type-picker'), 'outage');
    expect(onSave).not.toHaveBeenCalled();
    await user.selectOptions(screen.getByTestId('issue-type-picker'), 'problem');
    expect(onSave).toHaveBeenCalledWith('problem');
  });
});
