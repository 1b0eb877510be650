/**
 * Mounted with every open session, whatever part of it is on screen: the chime rings at the
 * end of a round or a sequence even while the facilitator is forming groups.
 */
import { useSession } from '../../store/SessionProvider';
import { useChimes } from './useChimes';

export function RunAlerts() {
  // A running sequence deleted from the plan rings no more (undoing the deletion brings it back).
  const timer = useSession((s) =>
    s.agenda.some((sequence) => sequence.id === s.run.currentSequenceId) ? s.run.timer : null,
  );
  const isMuted = useSession((s) => s.options.chimeMuted);
  useChimes(timer, isMuted);
  return null;
}
