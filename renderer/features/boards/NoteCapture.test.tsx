import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionWithBoards } from '../../../shared/testing/sampleBoards';
import { I18nProvider } from '../../i18n/I18nProvider';
import { SessionController } from '../../store/sessionController';
import { SessionProvider, useSession } from '../../store/SessionProvider';
import { fakeBackend } from '../../testing/fakeApi';
import { ToastProvider } from '../../ui/Toasts';
import { NoteCapture } from './NoteCapture';
import { useState } from 'react';

function Capture() {
  const board = useSession((s) => s.boards[0]!);
  const [group, setGroup] = useState<string | null>('Table 1');
  const [target, setTarget] = useState<string | null>(null);
  return (
    <NoteCapture
      board={board}
      group={group}
      onGroupChange={setGroup}
      targetColumnId={target}
      onTargetChange={setTarget}
    />
  );
}

async function renderCapture() {
  const backend = fakeBackend([sessionWithBoards()]);
  const api = backend.api();
  const opened = await api.call('session.open', { id: 'seance-gennevilliers' });
  if (!opened.ok) throw new Error('open');
  const controller = new SessionController(api, opened.value);
  render(
    <I18nProvider locale="fr">
      <ToastProvider>
        <SessionProvider controller={controller}>
          <Capture />
        </SessionProvider>
      </ToastProvider>
    </I18nProvider>,
  );
  const added = () => controller.getState().session.notes.slice(sessionWithBoards().notes.length);
  return { backend, controller, added, input: screen.getByLabelText('Nouveau post-it') };
}

const paste = (input: HTMLElement, text: string) =>
  fireEvent.paste(input, { clipboardData: { getData: () => text } });

describe('NoteCapture', () => {
  it('adds a note on Enter, empties the field and keeps the focus for the next one', async () => {
    const { added, input, controller, backend } = await renderCapture();
    await userEvent.click(input);
    await userEvent.keyboard('Un diagnostic partagé du quartier{Enter}');
    expect(added().map((n) => [n.text, n.group, n.columnId])).toEqual([
      ['Un diagnostic partagé du quartier', 'Table 1', null],
    ]);
    expect(input).toHaveProperty('value', '');
    expect(document.activeElement).toBe(input);
    await userEvent.keyboard('  {Enter}');
    expect(added()).toHaveLength(1);
    await controller.settled();
    expect(backend.sessions.get('seance-gennevilliers')!.notes.at(-1)!.text).toBe(
      'Un diagnostic partagé du quartier',
    );
  });

  it('cycles the group with Alt+↓ and Alt+↑, colouring notes by group', async () => {
    const { added, input } = await renderCapture();
    await userEvent.click(input);
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}Idée de la table 2{Enter}');
    await userEvent.keyboard('{Alt>}{ArrowDown}{ArrowDown}{/Alt}Sans table{Enter}');
    await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}Table 3 encore{Enter}');
    expect(added().map((n) => [n.text, n.group, n.color])).toEqual([
      ['Idée de la table 2', 'Table 2', 'rose'],
      ['Sans table', null, 'jaune'],
      ['Table 3 encore', 'Table 3', 'bleu'],
    ]);
    expect(screen.getByLabelText('Groupe')).toHaveProperty('value', 'Table 3');
  });

  it('makes one note per pasted line, in one step that one undo removes', async () => {
    const { added, input, controller } = await renderCapture();
    paste(input, '- Se connaître\n\n- Un coordinateur\n- Des temps d’échange');
    expect(added().map((n) => n.text)).toEqual([
      'Se connaître',
      'Un coordinateur',
      'Des temps d’échange',
    ]);
    act(() => controller.undo());
    expect(added()).toEqual([]);
  });

  it('shows a paste of more than 20 lines before adding it', async () => {
    const { added, input } = await renderCapture();
    paste(input, Array.from({ length: 25 }, (_, i) => `Piste ${i + 1}`).join('\n'));
    const dialog = screen.getByRole('dialog', { name: 'Ajouter 25 post-it\u202f?' });
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(25);
    expect(added()).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ajouter les 25 post-it' }));
    expect(added()).toHaveLength(25);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
