/** In the header of a session of a cycle: « Séance 2 sur 4 — <cycle> », a link to the cycle. */
import { useT } from '../../i18n/I18nProvider';
import { Link } from '../../router/Link';
import { paths } from '../../router/router';
import { useSession } from '../../store/SessionProvider';
import { useCycle } from './useCycle';

export function CycleLink() {
  const cycleId = useSession((s) => s.cycleId);
  if (!cycleId) return null;
  return <CycleLinkFor cycleId={cycleId} />;
}

function CycleLinkFor({ cycleId }: { cycleId: string }) {
  const t = useT();
  const sessionId = useSession((s) => s.id);
  const [data] = useCycle(cycleId);
  if (data.status !== 'ready') return null;
  const { cycle, slots } = data.view;
  const slot = slots.find((s) => s.sessionId === sessionId);
  if (!slot) return null;
  return (
    <p className="cycle-link">
      <Link to={paths.cycle(cycleId)}>
        {t('cycles.headerLink', {
          index: slot.index + 1,
          count: slots.length,
          title: cycle.title,
        })}
      </Link>
    </p>
  );
}
