import { useMemo, useState } from 'react';
import type { ImportedArchive, SessionSummary } from '../../../shared/contract';
import type { AppError } from '../../../shared/result';
import { formatInstant, formatLongDate } from '../../../shared/i18n/formatDate';
import { useApi } from '../../api/ApiProvider';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { Link } from '../../router/Link';
import { navigate, paths } from '../../router/router';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toasts';
import { useAppReady } from '../../ui/useAppReady';
import { ImportArchiveButton } from '../archives/ImportArchiveButton';
import { CyclesList } from '../cycles/CyclesList';
import { NewCycleDialog, type NewCycle } from '../cycles/NewCycleDialog';
import { ErrorNotice } from '../errors/ErrorNotice';
import { useErrorText } from '../errors/useErrorText';
import { CreateSessionDialog, type NewSession } from './CreateSessionDialog';
import { RenameDialog } from './RenameDialog';
import { matchesQuery, useLibrary } from './useLibrary';
import './library.css';

export function LibraryPage() {
  const t = useT();
  const locale = useLocale();
  const api = useApi();
  const toast = useToast();
  const errorText = useErrorText();
  const [data] = useLibrary();
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState<{ templateId: string | null } | null>(null);
  const [renaming, setRenaming] = useState<SessionSummary | null>(null);
  const [creatingCycle, setCreatingCycle] = useState(false);
  const [importError, setImportError] = useState<AppError | null>(null);
  useAppReady(data.status !== 'loading');

  const sessions = useMemo(
    () => (data.status === 'ready' ? data.sessions.filter((s) => matchesQuery(s, query)) : []),
    [data, query],
  );

  async function create(request: NewSession) {
    const created = await api.call('library.create', {
      templateId: request.templateId,
      header: {
        ...(request.title ? { title: request.title } : {}),
        ...(request.date ? { date: request.date } : {}),
      },
    });
    setCreating(null);
    if (created.ok) navigate(paths.session(created.value.id));
    else toast(errorText(created.error));
  }

  async function createCycle(request: NewCycle) {
    const created = await api.call('cycles.create', request);
    setCreatingCycle(false);
    if (created.ok) navigate(paths.cycle(created.value.id));
    else toast(errorText(created.error));
  }

  function imported({ id, title, asCopy }: ImportedArchive) {
    const name = title || t('common.untitled');
    toast(
      asCopy
        ? t('archives.importedAsCopy', { title: name })
        : t('archives.imported', { title: name }),
      { label: t('archives.openImported'), run: () => navigate(paths.session(id)) },
    );
  }

  async function rename(session: SessionSummary, title: string) {
    setRenaming(null);
    const renamed = await api.call('library.rename', { id: session.id, title });
    if (!renamed.ok) toast(errorText(renamed.error));
  }

  async function duplicate(session: SessionSummary) {
    const copy = await api.call('library.duplicate', { id: session.id });
    toast(copy.ok ? t('library.duplicated', { title: copy.value.title }) : errorText(copy.error));
  }

  async function remove(session: SessionSummary) {
    const trashed = await api.call('library.trash', { id: session.id });
    if (!trashed.ok) return toast(errorText(trashed.error));
    const title = session.title || t('common.untitled');
    toast(t('library.deleted', { title }), {
      label: t('library.undoDelete'),
      run: async () => {
        const back = await api.call('library.untrash', { trashId: trashed.value.trashId });
        toast(back.ok ? t('library.restored', { title }) : errorText(back.error));
      },
    });
  }

  return (
    <main id="content" className="page library">
      <header className="page__header">
        <h1>{t('library.title')}</h1>
        <div className="library__tools">
          <label className="visually-hidden" htmlFor="library-search">
            {t('library.searchLabel')}
          </label>
          <input
            id="library-search"
            type="search"
            placeholder={t('library.searchPlaceholder')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <Button
            variant="primary"
            onClick={() => setCreating({ templateId: 'seminaire-demi-journee' })}
          >
            {t('library.newSession')}
          </Button>
          <Button onClick={() => setCreatingCycle(true)}>{t('cycles.new')}</Button>
          <ImportArchiveButton onImported={imported} onRefused={setImportError} />
        </div>
      </header>

      {importError && <ErrorNotice error={importError} />}
      {data.status === 'error' && <ErrorNotice error={data.error} />}
      {data.status === 'ready' && <CyclesList cycles={data.cycles} />}
      {data.status === 'ready' && data.sessions.length === 0 && (
        <p className="library__empty">{t('library.empty')}</p>
      )}
      {data.status === 'ready' && data.sessions.length > 0 && sessions.length === 0 && (
        <p className="library__empty">{t('library.noMatch', { query })}</p>
      )}
      {sessions.length > 0 && (
        <table className="library__table">
          <thead>
            <tr>
              <th scope="col">{t('library.columnTitle')}</th>
              <th scope="col">{t('library.columnDate')}</th>
              <th scope="col">{t('library.columnPlace')}</th>
              <th scope="col">{t('library.columnParticipants')}</th>
              <th scope="col">{t('library.columnModified')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('library.actionsFor', { title: '' })}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => {
              const title = session.title || t('common.untitled');
              return (
                <tr key={session.id}>
                  <th scope="row">
                    <Link to={paths.session(session.id)} className="library__title">
                      {title}
                    </Link>
                    {session.status === 'damaged' && (
                      <span className="badge badge--warning">{t('library.damaged')}</span>
                    )}
                    {session.status === 'newer' && (
                      <span className="badge">{t('library.newer')}</span>
                    )}
                  </th>
                  <td>
                    {session.date ? (
                      formatLongDate(session.date, locale)
                    ) : (
                      <span className="muted">{t('library.noDate')}</span>
                    )}
                  </td>
                  <td>{session.place}</td>
                  <td>{t('library.participants', { count: session.participantCount })}</td>
                  <td>{formatInstant(session.modifiedAt, locale)}</td>
                  <td>
                    <div
                      className="row-actions"
                      role="group"
                      aria-label={t('library.actionsFor', { title })}
                    >
                      <Button
                        variant="ghost"
                        onClick={() => setRenaming(session)}
                        disabled={session.status !== 'ok'}
                      >
                        {t('library.rename')}
                      </Button>
                      <Button
                        variant="ghost"
                        onClick={() => void duplicate(session)}
                        disabled={session.status !== 'ok'}
                      >
                        {t('library.duplicate')}
                      </Button>
                      <Button variant="ghost" onClick={() => void remove(session)}>
                        {t('library.delete')}
                      </Button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      {creating && data.status === 'ready' && (
        <CreateSessionDialog
          templates={data.templates}
          initialTemplateId={creating.templateId}
          onCreate={(request) => void create(request)}
          onClose={() => setCreating(null)}
        />
      )}
      {creatingCycle && data.status === 'ready' && (
        <NewCycleDialog
          templates={data.templates}
          onCreate={(request) => void createCycle(request)}
          onClose={() => setCreatingCycle(false)}
        />
      )}
      {renaming && (
        <RenameDialog
          title={renaming.title}
          onRename={(title) => void rename(renaming, title)}
          onClose={() => setRenaming(null)}
        />
      )}
    </main>
  );
}
