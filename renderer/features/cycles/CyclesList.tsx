/** The library's cycles, above its sessions: each with its progress and next date. */
import type { CycleSummary } from '../../../shared/contract';
import { formatLongDate } from '../../../shared/i18n/formatDate';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { Link } from '../../router/Link';
import { paths } from '../../router/router';
import './cycles.css';

export function CyclesList({ cycles }: { cycles: CycleSummary[] }) {
  const t = useT();
  const locale = useLocale();
  if (cycles.length === 0) return null;
  return (
    <section className="cycles-list" aria-labelledby="cycles-list-heading">
      <h2 id="cycles-list-heading">{t('cycles.listTitle')}</h2>
      <ul className="cycles-list__items">
        {cycles.map((cycle) =>
          cycle.status === 'damaged' ? (
            <li key={cycle.id} className="cycles-list__item">
              <span className="badge badge--warning">{t('cycles.damaged')}</span>
              <span className="muted">{t('cycles.damagedFile', { file: cycle.file })}</span>
            </li>
          ) : (
            <li key={cycle.id} className="cycles-list__item">
              <Link to={paths.cycle(cycle.id)}>{cycle.title}</Link>
              <span>
                {t('cycles.progress', {
                  count: cycle.preparedCount,
                  total: cycle.sessionCount,
                })}
              </span>
              {cycle.nextDate && (
                <span className="muted">
                  {t('cycles.nextDate', { date: formatLongDate(cycle.nextDate, locale) })}
                </span>
              )}
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
