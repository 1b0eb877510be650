import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sequenceSchema } from '../../../shared/model/agenda';
import { gennevilliersSession, participant } from '../../../shared/testing/sampleSession';
import { ApiProvider } from '../../api/ApiProvider';
import { I18nProvider } from '../../i18n/I18nProvider';
import { SessionController } from '../../store/sessionController';
import { SessionProvider } from '../../store/SessionProvider';
import { fakeBackend } from '../../testing/fakeApi';
import { ToastProvider } from '../../ui/Toasts';
import { GroupsSection } from './GroupsSection';

const people = [
  ['Benali', 'Aïcha', 'Mairie de Gennevilliers', 'Collectivité'],
  ['Lefèvre', 'Jérôme', 'Préfecture des Hauts-de-Seine', 'État'],
  ['N’Diaye', 'Fatoumata', 'Centre social Les Oliviers', 'Association'],
  ['Dupont-Aignan', 'Éloïse', 'Ville de Nanterre', 'Collectivité'],
  ['Œuvrard', 'François', 'CAF des Hauts-de-Seine', 'Association'],
  ['Da Silva', 'Maëlle', 'Préfecture des Hauts-de-Seine', 'État'],
  ['Émery', 'Chloé', 'Mairie de Gennevilliers', 'Collectivité'],
  ['Le Goff', 'Loïc', 'Centre social Les Oliviers', 'Association'],
].map(([last, first, org, role], i) => ({
  ...participant(`p${i}`, last!, first!, org!, role!),
  attendance: i === 7 ? ('excused' as const) : ('present' as const),
}));

function defaultAgenda() {
  return [
    sequenceSchema.parse({
      id: 's1',
      kind: 'accueil',
      title: 'Accueil convivial',
      durationMin: 30,
    }),
    sequenceSchema.parse({
      id: 's2',
      kind: 'worldCafe',
      title: 'World café — Temps#1',
      durationMin: 60,
      rounds: { count: 3, roundMin: 15, changeMin: 2 },
    }),
  ];
}

async function renderSection(agenda = defaultAgenda()) {
  const backend = fakeBackend([gennevilliersSession({ participants: people, agenda })]);
  const api = backend.api();
  const opened = await api.call('session.open', { id: 'seance-gennevilliers' });
  if (!opened.ok) throw new Error('open');
  const controller = new SessionController(api, opened.value);
  render(
    <ApiProvider api={api}>
      <I18nProvider locale="fr">
        <ToastProvider>
          <SessionProvider controller={controller}>
            <GroupsSection />
          </SessionProvider>
        </ToastProvider>
      </I18nProvider>
    </ApiProvider>,
  );
  return { backend, controller };
}

const grouping = (controller: SessionController) => controller.getState().session.groupings[0]!;

// Each generation runs the real engine for up to its 1 s budget, in slices on this thread.
describe('Groupes', { timeout: 30_000 }, () => {
  it('starts from the grouping plan a method gave the sequence: size, strategy and rounds', async () => {
    const agenda = [
      ...defaultAgenda(),
      sequenceSchema.parse({
        id: 's3',
        kind: 'sousGroupes',
        title: 'Co-développement — exposé de la situation',
        durationMin: 10,
        groupingPlan: { size: 4, strategy: 'random', rounds: 1 },
      }),
    ];
    const { controller } = await renderSection(agenda);
    await userEvent.click(screen.getByRole('button', { name: 'Nouvelle répartition' }));
    // The world café comes first and has no plan: the usual set-up.
    expect(screen.getByLabelText('Méthode')).toHaveProperty('value', 'rotation');
    await userEvent.selectOptions(screen.getByLabelText('Séquence du programme'), 's3');
    expect(screen.getByLabelText('Méthode')).toHaveProperty('value', 'random');
    expect(screen.getByLabelText('Personnes par groupe')).toHaveProperty('value', '4');
    expect(grouping(controller)).toMatchObject({
      sequenceId: 's3',
      strategy: 'random',
      params: { groupSize: 4, rounds: 1, sizeMode: 'size' },
    });
  });

  it('sets a new grouping up for the world café of the agenda, with the present people', async () => {
    const { controller } = await renderSection();
    await userEvent.click(screen.getByRole('button', { name: 'Nouvelle répartition' }));
    expect(screen.getByLabelText('Nom de la répartition')).toHaveProperty(
      'value',
      'World café — Temps#1',
    );
    expect(screen.getByLabelText('Séquence du programme')).toHaveProperty('value', 's2');
    expect(screen.getByLabelText('Méthode')).toHaveProperty('value', 'rotation');
    expect(screen.getByLabelText('Nombre de tours')).toHaveProperty('value', '3');
    expect(screen.getByLabelText('Les personnes marquées présentes (7)')).toHaveProperty(
      'checked',
      true,
    );
    expect(grouping(controller).strategy).toBe('rotation');
  });

  it('forms the groups, shows them per round with the score, and follows a move by hand', async () => {
    const { controller, backend } = await renderSection();
    await userEvent.click(screen.getByRole('button', { name: 'Nouvelle répartition' }));
    const size = screen.getByLabelText('Personnes par groupe');
    await userEvent.clear(size);
    await userEvent.type(size, '2');
    expect(size.closest('fieldset')!.textContent).toContain(
      '7 personnes\u00a0: 3 groupes, 2 de 2 et 1 de 3.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Former les groupes' }));
    await screen.findByRole('tab', { name: 'Tour 1' });
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'Tour 1',
      'Tour 2',
      'Tour 3',
      'Qui va où',
    ]);
    const rounds = grouping(controller).rounds;
    expect(rounds).toHaveLength(3);
    expect(rounds[0]!.groups.map((g) => g.name)).toEqual(['Table 1', 'Table 2', 'Table 3']);
    expect(rounds[0]!.groups.flatMap((g) => g.memberIds).sort()).toEqual([
      'p0',
      'p1',
      'p2',
      'p3',
      'p4',
      'p5',
      'p6',
    ]);
    const score = screen.getByRole('region', { name: 'Évaluation des groupes' });
    expect(within(score).getByText('Personne n’est avec un collègue de sa structure')).toBeTruthy();
    const before = score.textContent;

    // What a drop does: Aïcha joins the table of Chloé, her colleague at the Mairie.
    const chloe = rounds[0]!.groups.find((g) => g.memberIds.includes('p6'))!;
    expect(chloe.memberIds).not.toContain('p0');
    controller.dispatch({
      type: 'grouping.moveMember',
      id: grouping(controller).id,
      round: 0,
      personId: 'p0',
      toGroupId: chloe.id,
    });
    expect(
      await within(score).findByText('1 paire de collègues d’une même structure'),
    ).toBeTruthy();
    expect(score.textContent).not.toBe(before);
    await controller.settled();
    expect(backend.sessions.get('seance-gennevilliers')!.groupings[0]!.rounds[0]).toEqual(
      grouping(controller).rounds[0],
    );
  });

  it('names and locks tables, locks people, and keeps them when forming again', async () => {
    const { controller } = await renderSection();
    await userEvent.click(screen.getByRole('button', { name: 'Nouvelle répartition' }));
    await userEvent.click(screen.getByRole('button', { name: 'Former les groupes' }));
    await screen.findByRole('tab', { name: 'Tour 1' });
    const name = screen.getByLabelText('Nom de la table 1');
    await userEvent.clear(name);
    await userEvent.type(name, 'Jeunesse');
    expect(grouping(controller).rounds.map((r) => r.groups[0]!.name)).toEqual([
      'Jeunesse',
      'Jeunesse',
      'Jeunesse',
    ]);
    await userEvent.click(
      screen.getByRole('button', { name: 'Verrouiller Jeunesse pour ce tour' }),
    );
    const locked = grouping(controller).rounds[0]!.groups[0]!;
    expect(locked.isLocked).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Reformer les groupes' }));
    await screen.findByRole('button', { name: 'Reformer les groupes' });
    await screen.findByText('Les tables et les personnes verrouillées restent où elles sont.');
    expect(grouping(controller).rounds[0]!.groups[0]!.memberIds.sort()).toEqual(
      locked.memberIds.slice().sort(),
    );
    expect(grouping(controller).rounds[0]!.groups[0]!.name).toBe('Jeunesse');
    // Forming again is one step to undo.
    const formed = grouping(controller).rounds;
    controller.undo();
    expect(grouping(controller).rounds).not.toBe(formed);
    expect(grouping(controller).rounds[0]!.groups[0]!.isLocked).toBe(true);
  });

  it('shows a round, or everyone’s tables, to the room', async () => {
    const { controller } = await renderSection();
    await userEvent.click(screen.getByRole('button', { name: 'Nouvelle répartition' }));
    await userEvent.click(screen.getByRole('button', { name: 'Former les groupes' }));
    await userEvent.click(await screen.findByRole('tab', { name: 'Tour 2' }));
    await userEvent.click(screen.getByRole('button', { name: 'Montrer à la salle' }));
    expect(controller.getState().session.run.roomView).toEqual({
      kind: 'grouping',
      groupingId: grouping(controller).id,
      round: 1,
    });
    // (Text matchers compare with spaces where the catalog has no-break spaces.)
    expect(screen.getByText('« Tour 2 » est affiché sur l’écran de la salle.')).toBeTruthy();
    await userEvent.click(screen.getByRole('tab', { name: 'Qui va où' }));
    expect(screen.getByRole('table', { name: /La table de chacune des 7 personnes/ })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Montrer à la salle' }));
    expect(controller.getState().session.run.roomView).toMatchObject({ round: null });
  });

  it('explains why groups cannot be formed', async () => {
    const { controller } = await renderSection();
    await userEvent.click(screen.getByRole('button', { name: 'Nouvelle répartition' }));
    await userEvent.selectOptions(screen.getByLabelText('Méthode'), 'theme');
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter un thème' }));
    const capacity = screen.getByLabelText('Places');
    await userEvent.clear(capacity);
    await userEvent.type(capacity, '4');
    await userEvent.click(screen.getByRole('button', { name: 'Former les groupes' }));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'Les thèmes offrent 4 places pour 7 personnes\u00a0: augmentez leurs capacités ou ajoutez un thème.',
    );
    expect(grouping(controller).rounds).toEqual([]);
  });
});
