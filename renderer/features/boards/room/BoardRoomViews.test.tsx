import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../../../shared/model/session';
import { sessionWithBoards } from '../../../../shared/testing/sampleBoards';
import { I18nProvider } from '../../../i18n/I18nProvider';
import { SessionController } from '../../../store/sessionController';
import { SessionProvider } from '../../../store/SessionProvider';
import { fakeBackend } from '../../../testing/fakeApi';
import { KeywordsRoomView, VotesRoomView } from './BoardRoomViews';

async function show(session: Session, view: 'keywords' | 'votes', boardId: string) {
  const api = fakeBackend([session]).api();
  const opened = await api.call('session.get', { id: session.id });
  if (!opened.ok) throw new Error('get');
  const controller = new SessionController(api, { ...opened.value, readOnly: true });
  render(
    <I18nProvider locale="fr">
      <SessionProvider controller={controller}>
        {view === 'keywords' ? (
          <KeywordsRoomView view={{ kind: 'keywords', boardId }} />
        ) : (
          <VotesRoomView view={{ kind: 'votes', boardId }} />
        )}
      </SessionProvider>
    </I18nProvider>,
  );
}

describe('what the room sees of a board', () => {
  it('shows the keywords as a cloud, spellings folded, with how many groups said each', async () => {
    await show(sessionWithBoards(), 'keywords', 'b-mots');
    const cloud = screen.getByRole('list', { name: 'Nuage de mots' });
    const words = within(cloud).getAllByRole('listitem');
    expect(words.map((w) => w.textContent)).toEqual(['Écoute', 'Confiance2']);
    expect(within(words[1]!).getByLabelText('2 fois')).toBeDefined();
    expect(
      screen.getByText('1 mot-clé qui résume ce qui rend la coopération possible'),
    ).toBeDefined();
  });

  it('shows the top of the vote with the dots, ties sharing their rank', async () => {
    const base = sessionWithBoards();
    const votes = [5, 0, 3, 3, 1];
    await show(
      { ...base, notes: base.notes.map((n, i) => (i < 5 ? { ...n, votes: votes[i]! } : n)) },
      'votes',
      'b-composantes',
    );
    const rows = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(rows).toEqual([
      '1Un diagnostic partagé du quartier5 gommettes',
      '2Des temps d’interconnaissance réguliers3 gommettes',
      '2Une lettre d’information commune3 gommettes',
      '4un diagnostic partagé du quartier !1 gommette',
    ]);
  });

  it('says so when the board shown was deleted', async () => {
    await show({ ...sessionWithBoards(), boards: [] }, 'votes', 'b-composantes');
    expect(screen.getByText('Ce tableau n’existe plus.')).toBeDefined();
  });
});
