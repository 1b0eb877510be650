import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gennevilliersSession, participant } from '../../../shared/testing/sampleSession';
import { renderWithSession } from '../../testing/renderWithSession';
import { ParticipantsSection } from './ParticipantsSection';

function session() {
  return gennevilliersSession({
    participants: [
      participant('p1', 'N’Diaye', 'Fatoumata', 'Centre social Les Oliviers', 'Association'),
      participant('p2', 'Lefèvre', 'Jérôme', 'Préfecture des Hauts-de-Seine', 'État'),
      participant('p3', 'Benali', 'Aïcha', 'Mairie de Gennevilliers', 'Collectivité'),
      {
        ...participant('p4', 'Émery', 'Chloé', 'mairie de gennevilliers', 'Collectivité'),
        attendance: 'present' as const,
      },
    ],
  });
}

const lastNames = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);

describe('ParticipantsSection', () => {
  it('lists people by last name, the French way, and sorts by another column on demand', async () => {
    await renderWithSession(<ParticipantsSection />, session());
    expect(lastNames()).toEqual(['Benali', 'Émery', 'Lefèvre', 'N’Diaye']);
    await userEvent.click(screen.getByRole('button', { name: /^Structure/ }));
    expect(lastNames()).toEqual(['N’Diaye', 'Benali', 'Émery', 'Lefèvre']);
    expect(screen.getByRole('columnheader', { name: /^Structure/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    await userEvent.click(screen.getByRole('button', { name: /^Structure/ }));
    expect(lastNames()[0]).toBe('Lefèvre');
  });

  it('counts by college and by organisation, whatever the spelling', async () => {
    await renderWithSession(<ParticipantsSection />, session());
    expect(document.body.textContent).toContain('4 personnes, 3 structures');
    const organisations = screen.getByText('Par structure').closest('details')!;
    expect(within(organisations).getAllByRole('listitem')[0]?.textContent).toBe(
      'Mairie de Gennevilliers2',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Collectivité\u00a0: 2 personnes' }));
    expect(lastNames()).toEqual(['Benali', 'Émery']);
    expect(document.body.textContent).toContain('2 personnes sur 4');
  });

  it('marks people who share an organisation once the session keeps one registration per organisation', async () => {
    const { current } = await renderWithSession(<ParticipantsSection />, session());
    expect(screen.queryByText('même organisation')).toBeNull();
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Une seule inscription par organisation' }),
    );
    expect(current().options.onePerOrganisation).toBe(true);
    const row = (name: string) => screen.getByRole('rowheader', { name }).closest('tr')!;
    expect(within(row('Benali')).getByText('Même organisation que Chloé Émery')).toBeTruthy();
    expect(within(row('Émery')).getByText('Même organisation que Aïcha Benali')).toBeTruthy();
    expect(within(row('Lefèvre')).queryByText(/Même organisation/)).toBeNull();
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Une seule inscription par organisation' }),
    );
    expect(screen.queryByText('même organisation')).toBeNull();
  });

  it('finds people without their accents and filters by attendance', async () => {
    await renderWithSession(<ParticipantsSection />, session());
    await userEvent.type(screen.getByRole('searchbox', { name: 'Rechercher' }), 'emery');
    expect(await screen.findByText('1 personne sur 4')).toBeTruthy();
    expect(lastNames()).toEqual(['Émery']);
    await userEvent.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    await userEvent.selectOptions(screen.getByLabelText('Présence'), 'À pointer');
    expect(lastNames()).toEqual(['Benali', 'Lefèvre', 'N’Diaye']);
  });

  it('adds a person, and asks for a name first', async () => {
    const { current } = await renderWithSession(<ParticipantsSection />, session());
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter une personne' }));
    const dialog = screen.getByRole('dialog', { name: 'Ajouter une personne' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ajouter' }));
    expect(within(dialog).getByRole('alert').textContent).toBe(
      'Indiquez au moins un nom ou un prénom.',
    );
    await userEvent.type(within(dialog).getByLabelText('Nom'), 'Da Silva');
    await userEvent.type(within(dialog).getByLabelText('Prénom'), 'Maëlle');
    await userEvent.type(within(dialog).getByLabelText('E-mail'), ' Maelle.DaSilva@caf.fr ');
    await userEvent.selectOptions(within(dialog).getByLabelText('Collège'), 'État');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ajouter' }));
    expect(current().participants.at(-1)).toMatchObject({
      lastName: 'Da Silva',
      firstName: 'Maëlle',
      email: 'maelle.dasilva@caf.fr',
      role: 'État',
      attendance: 'unknown',
      isWalkIn: false,
    });
    expect(lastNames()).toContain('Da Silva');
  });

  it('edits a person as one types, one undo step per field', async () => {
    const { current, controller } = await renderWithSession(<ParticipantsSection />, session());
    const row = screen.getByRole('group', { name: 'Actions pour Jérôme Lefèvre' });
    await userEvent.click(within(row).getByRole('button', { name: 'Modifier' }));
    const dialog = screen.getByRole('dialog', { name: 'Fiche participant\u00a0: Jérôme Lefèvre' });
    await userEvent.type(within(dialog).getByLabelText('Étiquettes'), 'élu, jeunesse');
    await userEvent.click(within(dialog).getByLabelText('Excusé'));
    expect(current().participants[1]).toMatchObject({
      tags: ['élu', 'jeunesse'],
      attendance: 'excused',
    });
    controller.undo();
    controller.undo();
    expect(current().participants[1]).toMatchObject({ tags: [], attendance: 'unknown' });
  });

  it('removes a person, and the toast brings them back', async () => {
    const { current } = await renderWithSession(<ParticipantsSection />, session());
    const row = screen.getByRole('group', { name: 'Actions pour Aïcha Benali' });
    await userEvent.click(within(row).getByRole('button', { name: 'Supprimer' }));
    expect(lastNames()).toEqual(['Émery', 'Lefèvre', 'N’Diaye']);
    expect(document.body.textContent).toContain('Aïcha Benali ne fait plus partie de la liste.');
    await userEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(lastNames()).toEqual(['Benali', 'Émery', 'Lefèvre', 'N’Diaye']);
    expect(current().participants.find((p) => p.id === 'p3')?.organisation).toBe(
      'Mairie de Gennevilliers',
    );
  });

  it('renames a college for everyone who has it, and removes one', async () => {
    const { current } = await renderWithSession(<ParticipantsSection />, session());
    await userEvent.click(screen.getByRole('button', { name: 'Collèges…' }));
    const dialog = screen.getByRole('dialog', { name: 'Collèges de la séance' });
    const name = within(dialog).getByLabelText('Nom du collège Collectivité');
    await userEvent.clear(name);
    await userEvent.type(name, 'Collectivités territoriales{Enter}');
    expect(current().options.roles[1]).toBe('Collectivités territoriales');
    expect(current().participants.map((p) => p.role)).toEqual([
      'Association',
      'État',
      'Collectivités territoriales',
      'Collectivités territoriales',
    ]);
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Supprimer le collège État' }),
    );
    expect(current().options.roles).not.toContain('État');
    expect(current().participants[1]?.role).toBe('');
    expect(document.body.textContent).toContain(
      '«\u00a0État\u00a0» est supprimé\u00a0: 1 personne n’a plus de collège',
    );
    await userEvent.type(within(dialog).getByLabelText('Nouveau collège'), 'association{Enter}');
    expect(within(dialog).getByRole('alert').textContent).toBe(
      'Le collège «\u00a0association\u00a0» existe déjà.',
    );
  });

  it('says what to do when nobody is registered yet', async () => {
    await renderWithSession(<ParticipantsSection />, gennevilliersSession({ participants: [] }));
    expect(document.body.textContent).toContain('Personne n’est encore inscrit à cette séance.');
    expect(screen.queryByRole('table')).toBeNull();
  });
});
