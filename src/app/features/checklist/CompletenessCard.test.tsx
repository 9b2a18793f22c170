import { checklistItem as item } from '../../../core/fixtures/build';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ChecklistResult } from '../../../core/types';
import { renderInApp } from '../../test/render';
import { CompletenessCard } from './CompletenessCard';


const result: ChecklistResult = {
  issueType: 'problem',
  items: [
    item('school', 'present', true, ['field 360001']),
    item('userIds', 'present', true, ['description: SID 4481923']),
    item('description', 'weak', true, ['description (12 chars)']),
    item('stepsToReproduce', 'present'),
    item('troubleshooting', 'present'),
    item('scope', 'present'),
    item('visuals', 'missing'),
    item('courseName', 'missing', false),
  ],
  scopeLevel: 'user',
  complete: false,
  missingRequired: ['description', 'visuals'],
};

describe('CompletenessCard', () => {
  it('summarises required items and marks each with its status', () => {
    renderInApp(<CompletenessCard result={result} />);
    expect(screen.getByTestId('completeness-summary')).toHaveTextContent('5 of 7 required');
    expect(screen.getByTestId('checklist-item-school')).toHaveAttribute('data-status', 'present');
    expect(screen.getByTestId('checklist-item-description')).toHaveAttribute('data-status', 'weak');
    expect(screen.getByTestId('checklist-item-visuals')).toHaveAttribute('data-status', 'missing');
    expect(within(screen.getByTestId('checklist-item-visuals')).getByRole('img', { name: 'Missing' })).toBeInTheDocument();
    expect(screen.getByTestId('checklist-item-courseName')).toHaveAttribute('data-required', 'false');
  });

  it('shows evidence on expand, and what to ask for and why only for items not present', async () => {
    const user = userEvent.setup();
    renderInApp(<CompletenessCard result={result} />);
    const school = screen.getByTestId('checklist-item-school');
    expect(within(school).queryByText('field 360001')).not.toBeInTheDocument();
    await user.click(within(school).getByRole('button'));
    expect(within(school).getByRole('button')).toHaveAttribute('aria-expanded', 'true');
    expect(within(school).getByText('field 360001')).toBeInTheDocument();
    expect(within(school).queryByText(/Why/)).not.toBeInTheDocument();

    const visuals = screen.getByTestId('checklist-item-visuals');
    await user.click(within(visuals).getByRole('button'));
    expect(within(visuals).getByText('Not found in the ticket.')).toBeInTheDocument();
    expect(within(visuals).getByText(/whole browser window, address bar included/)).toBeInTheDocument();
    expect(within(visuals).getByText(/engineers need to see/)).toBeInTheDocument();
  });

  it('renders evidence as text, never as HTML', async () => {
    const user = userEvent.setup();
    const hostile = { ...result, items: [item('school', 'present', true, ['description: <img src=x onerror=alert(1)>'])] };
    const { container } = renderInApp(<CompletenessCard result={hostile} />);
    await user.click(screen.getByRole('button'));
    expect(screen.getByText('description: <img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('says when the ticket has no type yet, and when it is complete, in Spanish too', () => {
    const complete: ChecklistResult = { ...result, items: [item('school', 'present')], complete: true, missingRequired: [] };
    renderInApp(<CompletenessCard result={complete} previewTypeLabel="Problema" />, 'es-MX');
    expect(screen.getByTestId('completeness-summary')).toHaveTextContent('1 de 1 obligatorios');
    expect(screen.getByText('Aún sin tipo de incidencia: revisado como Problema.')).toBeInTheDocument();
    expect(screen.getByText('Está todo lo que ingeniería necesita.')).toBeInTheDocument();
  });
});
