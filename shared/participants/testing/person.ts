/** Test helper: a participant with defaults, as the session model stores it. */
import type { Participant } from '../../model/participants';

export function person(id: string, fields: Partial<Participant> = {}): Participant {
  return {
    id,
    lastName: '',
    firstName: '',
    organisation: '',
    role: '',
    territory: '',
    email: '',
    tags: [],
    notes: '',
    attendance: 'unknown',
    isWalkIn: false,
    createdAt: '2025-01-01T00:00:00.000Z',
    ...fields,
  };
}
