import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MethodSummary } from '../../../shared/contract';
import { methodSchema, methodTotalMin, type Method } from '../../../shared/model/method';
import { ok } from '../../../shared/result';
import { gennevilliersAgenda, gennevilliersSession } from '../../../shared/testing/sampleSession';
import { renderWithSession } from '../../testing/renderWithSession';
import { AgendaEditor } from '../agenda/AgendaEditor';

const q = (text: string) => text.replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»');

const codev = methodSchema.parse({
  id: 'codeveloppement',
  title: 'Co-développement',
  description: 'Un pair expose une situation concrète, les autres l’aident à avancer.',
  instructions: 'Rôles\u00a0: le client, les consultants, l’animateur.',
  sequences: [
    ['Exposé de la situation', 10],
    ['Questions de clarification', 10],
    ['Contrat', 5],
    ['Consultation', 25],
    ['Plan d’action', 10],
    ['Apprentissages', 15],
  ].map(([title, durationMin], i) => ({
    kind: 'sousGroupes',
    title: `Co-développement — ${title}`,
    durationMin,
    groupingPlan: i === 0 ? { size: 5, strategy: 'mixed', rounds: 1 } : null,
    boards: i === 4 ? [{ title: 'Plan d’action du client' }] : [],
  })),
});

/** A library kept in memory, as the Node side keeps it in files. */
function library() {
  const personal = new Map<string, Method>();
  const summary = (m: Method, source: 'builtin' | 'personal'): MethodSummary => ({
    ...m,
    source,
    totalMin: methodTotalMin(m),
  });
  return {
    personal,
    handlers: {
      'methods.list': async () =>
        ok({
          methods: [
            summary(codev, 'builtin'),
            ...[...personal.values()].map((m) => summary(m, 'personal')),
          ],
          damaged: [],
        }),
      'methods.save': async ({ method }: { method: Method }) => {
        personal.set(method.id, methodSchema.parse(method));
        return ok({ id: method.id });
      },
      'methods.delete': async ({ id }: { id: string }) => {
        personal.delete(id);
        return ok({});
      },
    },
  };
}

const titles = (session: { agenda: { title: string }[] }) => session.agenda.map((s) => s.title);

// Typing letter by letter in jsdom takes a few seconds on a busy machine.
describe('Méthodes in the agenda editor', { timeout: 20_000 }, () => {
  it('inserts Co-développement after the open sequence, with its board, and one undo removes it all', async () => {
    const user = userEvent.setup();
    const lib = library();
    const start = gennevilliersSession({ agenda: gennevilliersAgenda() });
    const { controller, current } = await renderWithSession(<AgendaEditor />, start, lib.handlers);
    await user.click(
      screen.getByRole('button', { name: /Introduction et interconnaissance/, expanded: false }),
    );
    await user.click(screen.getByRole('button', { name: 'Insérer une méthode' }));

    const dialog = await screen.findByRole('dialog', { name: 'Insérer une méthode' });
    const details = within(dialog).getByRole('region', {
      name: q('Déroulé de « Co-développement »'),
    });
    expect(within(details).getByText(/Durée totale : 1 h 15 · 6 séquences/)).toBeTruthy();
    expect(within(details).getAllByRole('listitem')).toHaveLength(6);
    expect(within(details).getByText(/Rôles : le client/)).toBeTruthy();
    expect(
      within(dialog).getByRole('radio', { name: q('Après « Introduction et interconnaissance »') }),
    ).toHaveProperty('checked', true);
    await user.click(within(dialog).getByRole('button', { name: 'Insérer' }));

    expect(titles(current()).slice(1, 9)).toEqual([
      'Introduction et interconnaissance',
      ...codev.sequences.map((s) => s.title),
      'Les éléments clés de l’impact collectif',
    ]);
    const board = current().boards.at(-1)!;
    expect(board.title).toBe('Plan d’action du client');
    expect(board.sequenceId).toBe(current().agenda[6]!.id);
    expect(current().agenda[2]!.groupingPlan).toEqual({ size: 5, strategy: 'mixed', rounds: 1 });

    controller.undo();
    expect(titles(current())).toEqual(titles(start));
    expect(current().boards).toEqual(start.boards);
  });

  it('saves chosen sequences as a personal method, edits its words and deletes it after confirming', async () => {
    const user = userEvent.setup();
    const lib = library();
    await renderWithSession(
      <AgendaEditor />,
      gennevilliersSession({ agenda: gennevilliersAgenda() }),
      lib.handlers,
    );
    await user.click(screen.getByRole('button', { name: 'Enregistrer comme méthode' }));
    const form = await screen.findByRole('dialog', { name: 'Enregistrer comme méthode' });
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect(within(form).getByRole('alert').textContent).toBe('Cochez au moins une séquence.');
    await user.click(within(form).getByRole('checkbox', { name: /^Accueil convivial/ }));
    await user.click(
      within(form).getByRole('checkbox', { name: /^Introduction et interconnaissance/ }),
    );
    await user.type(within(form).getByLabelText('Titre de la méthode'), 'Mise en route à Liévin');
    await user.type(
      within(form).getByLabelText('Description courte'),
      'Accueil et interconnaissance.',
    );
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));

    const [saved] = [...lib.personal.values()];
    expect(saved).toMatchObject({
      title: 'Mise en route à Liévin',
      description: 'Accueil et interconnaissance.',
    });
    expect(saved!.sequences.map((s) => [s.title, s.durationMin])).toEqual([
      ['Accueil convivial', 30],
      ['Introduction et interconnaissance', 30],
    ]);

    await user.click(screen.getByRole('button', { name: 'Insérer une méthode' }));
    const dialog = await screen.findByRole('dialog', { name: 'Insérer une méthode' });
    await user.click(await within(dialog).findByRole('radio', { name: /Mise en route à Liévin/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Modifier' }));
    const edit = await screen.findByRole('dialog', { name: 'Modifier la méthode' });
    const title = within(edit).getByLabelText('Titre de la méthode');
    await user.clear(title);
    await user.type(title, 'Mise en route — Liévin');
    await user.click(within(edit).getByRole('button', { name: 'Enregistrer' }));
    expect(lib.personal.get(saved!.id)?.title).toBe('Mise en route — Liévin');
    expect(lib.personal.get(saved!.id)?.sequences).toHaveLength(2);

    const back = await screen.findByRole('dialog', { name: 'Insérer une méthode' });
    await within(back).findByRole('radio', { name: /Mise en route — Liévin/, checked: true });
    await user.click(within(back).getByRole('button', { name: 'Supprimer' }));
    expect(lib.personal.size).toBe(1);
    await user.click(within(back).getByRole('button', { name: 'Supprimer la méthode' }));
    expect(lib.personal.size).toBe(0);
  });
});
