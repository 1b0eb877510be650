/** How people are named in the groups: "Aïcha Benali", sorted by last name the French way. */
import { bySurname } from '../../../shared/participants/participantList';
import type { Participant } from '../../../shared/model/participants';

export const fullName = (p: Pick<Participant, 'firstName' | 'lastName'>) =>
  [p.firstName, p.lastName].filter(Boolean).join(' ');

/** "Mairie de Gennevilliers · Collectivité" */
export const affiliation = (p: Pick<Participant, 'organisation' | 'role'>) =>
  [p.organisation, p.role].filter(Boolean).join(' · ');

export function sortedBySurname(people: Participant[]): Participant[] {
  return people.slice().sort(bySurname);
}
