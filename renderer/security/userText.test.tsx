/**
 * What participants and facilitators type is always rendered as text: with HTML that would run
 * script if it were markup in every free-text field, no element is created from it, no script
 * runs, and the text itself is shown. Each surface that shows typed text is listed below; a
 * feature that shows more (participants, notes, the projector) adds its component to `surfaces`.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionSummary } from '../../shared/contract';
import { methodSchema } from '../../shared/model/method';
import type { Session } from '../../shared/model/session';
import { cycleView } from '../../shared/cycles/cycleView';
import { sampleCycle } from '../../shared/cycles/testing/sampleCycle';
import { fail, ok } from '../../shared/result';
import {
  HOSTILE_TEXT,
  sessionWithEveryText,
  withHostileText,
} from '../../shared/testing/hostileText';
import { ApiProvider } from '../api/ApiProvider';
import { createApi } from '../api/client';
import { AgendaSection } from '../features/agenda/AgendaSection';
import { CheckInView } from '../features/attendance/CheckInView';
import { ActionReview } from '../features/cycles/ActionReview';
import { CyclePage } from '../features/cycles/CyclePage';
import { BoardsSection } from '../features/boards/BoardsSection';
import { GroupsSection } from '../features/groups/GroupsSection';
import { LibraryPage } from '../features/library/LibraryPage';
import { ParticipantsSection } from '../features/participants/ParticipantsSection';
import { SessionHeader } from '../features/session/SessionHeader';
import { I18nProvider } from '../i18n/I18nProvider';
import { renderWithSession } from '../testing/renderWithSession';
import { ToastProvider } from '../ui/Toasts';

/** Parts of the session page that show typed text. */
const surfaces: { name: string; Component: ComponentType }[] = [
  { name: 'en-tête de la séance', Component: SessionHeader },
  { name: 'programme', Component: AgendaSection },
  { name: 'participants', Component: ParticipantsSection },
  { name: 'émargement', Component: CheckInView },
  { name: 'post-it', Component: BoardsSection },
  { name: 'groupes', Component: GroupsSection },
];

const hostile = withHostileText(sessionWithEveryText());

/** Where the hostile text's script would write, had it run. */
const page = window as Window & { __xss?: number };

afterEach(() => {
  delete page.__xss;
});

function expectNothingInjected(container: HTMLElement) {
  expect(container.querySelectorAll('img, script, iframe, object, embed')).toHaveLength(0);
  expect(container.querySelector('[onerror], [onload], [src="x"]')).toBeNull();
  expect(page.__xss).toBeUndefined();
}

async function renderSurface(session: Session, Component: ComponentType) {
  const { rendered } = await renderWithSession(<Component />, session);
  return rendered;
}

describe('typed text is rendered as text', () => {
  it('the hostile text reached every free-text field of the sample session', () => {
    expect(hostile.title.startsWith(HOSTILE_TEXT)).toBe(true);
    expect(hostile.description.startsWith(HOSTILE_TEXT)).toBe(true);
    expect(hostile.participants[0]?.lastName.startsWith(HOSTILE_TEXT)).toBe(true);
    expect(hostile.agenda[0]?.title.startsWith(HOSTILE_TEXT)).toBe(true);
    expect(hostile.notes[0]?.text.startsWith(HOSTILE_TEXT)).toBe(true);
    expect(hostile.id).toBe('seance-gennevilliers');
  });

  it.each(surfaces)('$name: no element from it, and the text is shown', async ({ Component }) => {
    const { container } = await renderSurface(hostile, Component);
    expectNothingInjected(container);
    const shown = [
      container.textContent ?? '',
      ...[...container.querySelectorAll('input, textarea')].map(
        (field) => (field as HTMLInputElement).value,
      ),
    ].join('\n');
    expect(shown).toContain(HOSTILE_TEXT);
  });

  it('participants sharing an organisation: the marker names them as text', async () => {
    const [first, ...others] = hostile.participants;
    const sharing: Session = {
      ...hostile,
      options: { ...hostile.options, onePerOrganisation: true },
      participants: [first!, ...others.map((p) => ({ ...p, organisation: first!.organisation }))],
    };
    const { container } = await renderSurface(sharing, ParticipantsSection);
    expectNothingInjected(container);
    const markers = [...container.querySelectorAll('.badge--warning')];
    expect(markers.length).toBeGreaterThan(1);
    expect(markers.map((m) => m.textContent).join('\n')).toContain(HOSTILE_TEXT);
  });

  it('the methods dialogs: a personal method’s words and the agenda’s titles as text', async () => {
    const user = userEvent.setup();
    const method = methodSchema.parse({
      id: 'perso-hostile',
      title: `${HOSTILE_TEXT} Ma méthode`,
      description: HOSTILE_TEXT,
      instructions: HOSTILE_TEXT,
      sequences: [
        {
          kind: 'sousGroupes',
          title: HOSTILE_TEXT,
          durationMin: 10,
          boards: [{ title: HOSTILE_TEXT, columns: [{ title: HOSTILE_TEXT }] }],
        },
      ],
    });
    const { rendered } = await renderWithSession(<AgendaSection />, hostile, {
      'methods.list': async () =>
        ok({
          methods: [{ ...method, source: 'personal' as const, totalMin: 10 }],
          damaged: [{ file: `${HOSTILE_TEXT}.json`, reason: 'damaged' as const }],
        }),
    });
    await user.click(screen.getByRole('button', { name: 'Insérer une méthode' }));
    const dialog = await screen.findByRole('dialog', { name: 'Insérer une méthode' });
    await within(dialog).findByRole('region', { name: /Ma méthode/ });
    expectNothingInjected(rendered.container);
    expect(dialog.textContent).toContain(HOSTILE_TEXT);
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));

    await user.click(screen.getByRole('button', { name: 'Enregistrer comme méthode' }));
    const form = await screen.findByRole('dialog', { name: 'Enregistrer comme méthode' });
    expectNothingInjected(rendered.container);
    expect(form.textContent).toContain(HOSTILE_TEXT);
  });

  it('the library: title and place as text', async () => {
    const summary: SessionSummary = {
      id: hostile.id,
      title: hostile.title,
      date: hostile.date,
      place: hostile.place,
      participantCount: 3,
      modifiedAt: hostile.modifiedAt,
      folder: 'Séance',
      status: 'ok',
    };
    const api = createApi({
      invoke: async (name) =>
        name === 'library.list'
          ? ok([summary])
          : name === 'templates.list'
            ? ok([])
            : fail('call.unknown'),
      on: () => () => undefined,
      openProjector: async () => fail('platform.unsupported'),
    });
    const { container } = render(
      <ApiProvider api={api}>
        <I18nProvider locale="fr">
          <ToastProvider>
            <LibraryPage />
          </ToastProvider>
        </I18nProvider>
      </ApiProvider>,
    );
    expect(await screen.findByRole('link', { name: hostile.title })).toBeTruthy();
    expect(container.textContent).toContain(hostile.place);
    expectNothingInjected(container);
  });

  it('a cycle: its title, people and next steps as text, in the view and the review list', async () => {
    const inCycle: Session = {
      ...hostile,
      cycleId: 'cycle-codev',
      actions: hostile.actions.map((a) => ({
        ...a,
        status: 'open' as const,
        carriedFrom: { sessionId: 'avant', actionId: a.id },
        reviewedAt: null,
      })),
    };
    const cycle = sampleCycle({
      title: hostile.title,
      sessions: [{ date: '2025-02-04', sessionId: inCycle.id }],
    });
    const view = cycleView(cycle, new Map([[inCycle.id, inCycle]]));
    const { rendered } = await renderWithSession(
      <>
        <CyclePage id="cycle-codev" />
        <ActionReview />
      </>,
      inCycle,
      { 'cycles.get': async () => ok(view) },
    );
    expect(await screen.findByRole('heading', { level: 1, name: hostile.title })).toBeTruthy();
    expect(await screen.findByRole('region', { name: /Où en sont nos petits pas/ })).toBeTruthy();
    const text = rendered.container.textContent ?? '';
    expect(text).toContain(hostile.participants[0]!.lastName);
    expect(text).toContain(hostile.actions[0]!.text);
    expectNothingInjected(rendered.container);
  });
});
