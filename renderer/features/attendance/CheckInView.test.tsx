import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gennevilliersSession, participant } from '../../../shared/testing/sampleSession';
import { renderWithSession } from '../../testing/renderWithSession';
import { CheckInView } from './CheckInView';

function session() {
  return gennevilliersSession({
    participants: [
      participant('p1', 'Benali', 'Aïcha', 'Mairie de Gennevilliers', 'Collectivité'),
      participant('p2', 'Lefèvre', 'Jérôme', 'Préfecture des Hauts-de-Seine', 'État'),
      participant('p3', 'N’Diaye', 'Fatoumata', 'Centre social Les Oliviers', 'Association'),
      participant('p4', 'Lemaire', 'Chloé', 'Ville de Nanterre', 'Collectivité'),
    ],
  });
}

const search = () => screen.getByRole('searchbox', { name: /Qui arrive/ });
const counts = () => screen.getByRole('region', { name: 'Présences' });
const attendance = (current: () => { participants: { id: string; attendance: string }[] }) =>
  Object.fromEntries(current().participants.map((p) => [p.id, p.attendance]));

describe('CheckInView', () => {
  it('marks the one person found present with Enter, and is ready for the next arrival', async () => {
    const { current, controller, backend } = await renderWithSession(<CheckInView />, session());
    expect(document.activeElement).toBe(search());
    await userEvent.keyboard('ndi{Enter}');
    expect(attendance(current).p3).toBe('present');
    expect(search()).toHaveProperty('value', '');
    expect(document.activeElement).toBe(search());
    expect(counts().textContent).toContain('1 présent sur 4');
    expect(counts().textContent).toContain('Association1/1');
    expect(document.body.textContent).toContain(
      'Dernier pointage\u00a0: Fatoumata N’Diaye — Présent.',
    );
    await controller.settled();
    expect(backend.sessions.get('seance-gennevilliers')?.participants[2]?.attendance).toBe(
      'present',
    );
  });

  it('with several people found, ↓ goes into the list and one key marks the one chosen', async () => {
    const { current } = await renderWithSession(<CheckInView />, session());
    await userEvent.keyboard('le{Enter}');
    // Enter does not guess between Lefèvre and Lemaire: the first of them takes the focus.
    expect(attendance(current)).toEqual({
      p1: 'unknown',
      p2: 'unknown',
      p3: 'unknown',
      p4: 'unknown',
    });
    expect(document.activeElement).toBe(screen.getByRole('group', { name: /^Jérôme Lefèvre,/ }));
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('group', { name: /^Chloé Lemaire,/ }));
    await userEvent.keyboard('a');
    expect(attendance(current).p4).toBe('absent');
    expect(document.activeElement).toBe(search());
    expect(search()).toHaveProperty('value', '');
  });

  it('goes down the whole list marking each person, and E and N work there too', async () => {
    const { current } = await renderWithSession(<CheckInView />, session());
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('group', { name: /^Aïcha Benali,/ }));
    await userEvent.keyboard('p');
    expect(document.activeElement).toBe(screen.getByRole('group', { name: /^Jérôme Lefèvre,/ }));
    await userEvent.keyboard('e');
    await userEvent.keyboard('{ArrowUp}{ArrowUp}n');
    expect(attendance(current)).toMatchObject({ p1: 'unknown', p2: 'excused' });
  });

  it('sends other letters typed in the list back to the search', async () => {
    await renderWithSession(<CheckInView />, session());
    await userEvent.keyboard('{ArrowDown}b');
    expect(document.activeElement).toBe(search());
    expect(search()).toHaveProperty('value', 'b');
    expect(screen.getAllByRole('group', { name: /, .*\u00a0: À pointer$/ })).toHaveLength(1);
  });

  it('marks with the buttons too, and a second click takes the mark back', async () => {
    const { current } = await renderWithSession(<CheckInView />, session());
    const row = screen.getByRole('group', { name: 'Pointer Aïcha Benali' });
    await userEvent.click(within(row).getByRole('button', { name: 'Excusé' }));
    expect(attendance(current).p1).toBe('excused');
    await userEvent.click(within(row).getByRole('button', { name: 'Excusé' }));
    expect(attendance(current).p1).toBe('unknown');
  });

  it('adds someone who is not on the list, already present', async () => {
    const { current } = await renderWithSession(<CheckInView />, session());
    await userEvent.keyboard('Yann Le Goff');
    expect(document.body.textContent).toContain(
      'Personne ne correspond à «\u00a0Yann Le Goff\u00a0» dans la liste.',
    );
    await userEvent.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', {
      name: 'Ajouter une personne venue sans inscription',
    });
    expect(within(dialog).getByLabelText('Nom')).toHaveProperty('value', 'Le Goff');
    expect(within(dialog).getByLabelText('Prénom')).toHaveProperty('value', 'Yann');
    await userEvent.type(within(dialog).getByLabelText('Structure'), 'Conseil citoyen');
    await userEvent.selectOptions(within(dialog).getByLabelText('Collège'), 'Habitant');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Ajouter et pointer présent' }),
    );
    expect(current().participants.at(-1)).toMatchObject({
      lastName: 'Le Goff',
      firstName: 'Yann',
      organisation: 'Conseil citoyen',
      role: 'Habitant',
      attendance: 'present',
      isWalkIn: true,
    });
    expect(counts().textContent).toContain('1 présent sur 5');
    expect(counts().textContent).toContain('1 inscription sur place');
    expect(search()).toHaveProperty('value', '');
  });

  it('can hide the people already checked in', async () => {
    await renderWithSession(<CheckInView />, session());
    await userEvent.keyboard('ben{Enter}');
    await userEvent.click(screen.getByLabelText('Seulement les personnes à pointer'));
    expect(screen.queryByRole('group', { name: /^Aïcha Benali,/ })).toBeNull();
    expect(screen.getByRole('list', { name: '3 personnes' })).toBeTruthy();
  });
});
