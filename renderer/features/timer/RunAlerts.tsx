/**
 * Mounted with every open session, whatever part of it is on screen: the chime rings at the
 * end of a round or a sequence even while the facilitator is forming groups.
 */
import { useSession } from '../../store/SessionProvider';
import { useChimes } from './useChimes';

export function RunAlerts() {
  const timer = useSession((s) => (s.run.currentSequenceId === null ? null : s.run.timer));
  const isMuted = useSession((s) => s.options.chimeMuted);
  useChimes(timer, isMuted);
  return null;
}
