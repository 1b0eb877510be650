import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { findDuplicateNotes } from '../../../shared/boards/duplicates';
import { note, sessionWithBoards } from '../../../shared/testing/sampleBoards';
import { I18nProvider } from '../../i18n/I18nProvider';
import { SessionController } from '../../store/sessionController';
import { SessionProvider } from '../../store/SessionProvider';
import { fakeBackend } from '../../testing/fakeApi';
import { ToastProvider } from '../../ui/Toasts';
import { DuplicatesDialog } from './DuplicatesDialog';

describe('DuplicatesDialog', () => {
  it('merges each group into its first note, which keeps the others’ dots and groups', async () => {
    const base = sessionWithBoards();
    const session = {
      ...base,
      notes: [
        ...base.notes.map((n) => (n.id === 'n5' ? { ...n, votes: 2 } : n)),
        note('n6', 'Une lettre d’information commune.', { group: 'Table 3' }),
      ],
    };
    const api = fakeBackend([session]).api();
    const opened = await api.call('session.open', { id: session.id });
    if (!opened.ok) throw new Error('open');
    const controller = new SessionController(api, opened.value);
    const duplicates = findDuplicateNotes(
      session.notes.filter((n) => n.boardId === 'b-composantes'),
    );
    render(
      <I18nProvider locale="fr">
        <ToastProvider>
          <SessionProvider controller={controller}>
            <DuplicatesDialog duplicates={duplicates} onClose={() => undefined} />
          </SessionProvider>
        </ToastProvider>
      </I18nProvider>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Post-it en double' });
    expect(within(dialog).getAllByRole('button', { name: 'Fusionner ces 2' })).toHaveLength(2);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tout fusionner' }));
    const notes = controller.getState().session.notes.filter((n) => n.boardId === 'b-composantes');
    expect(notes.map((n) => n.id)).toEqual(['n1', 'n2', 'n3', 'n4']);
    expect(notes[0]).toMatchObject({
      votes: 2,
      merged: [expect.objectContaining({ id: 'n5', group: 'Table 3' })],
    });
    expect(notes[3]!.merged.map((m) => m.text)).toEqual(['Une lettre d’information commune.']);
    expect(screen.getByText('2 doublons fusionnés.')).toBeDefined();
  });
});
