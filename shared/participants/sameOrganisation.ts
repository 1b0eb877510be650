/**
 * The rule of the ANCT cycles: one registration per organisation (per local authority). When a
 * session has it (`options.onePerOrganisation`), an import flags each incoming person whose
 * organisation is already represented — by someone in the session or by an earlier row of the
 * file. Nothing is refused: the facilitator decides.
 *
 * Organisations compare folded (case, accents, hyphens, apostrophes, spacing: `foldWords`), and
 * the ways registration forms write the same authority are brought together, conservatively:
 * « Mairie de Gennevilliers », « Ville de Gennevilliers », « Commune de Gennevilliers » and
 * « Gennevilliers » are one commune; « Communauté de communes du Pays de Lunel » and « CC Pays de
 * Lunel » one intercommunality (which is not the commune « Lunel »); « St » is « Saint ». Nothing
 * else is stripped: « Département de la Seine » is not « Seine ».
 *
 * A row that `findDuplicates` takes for someone already known (suggested 'merge') is that same
 * person, not a second registration; a row that only shares an e-mail under another first name
 * (suggested 'add': « Linh » registered by « François ») is another person, and can be flagged.
 */
import type { Id } from '../model/ids';
import type { Participant } from '../model/participants';
import { foldWords } from '../util/foldText';
import type { DuplicateGroup } from './findDuplicates';

export type FirstRegistration = {
  /** Someone already in the session, or an earlier row of the file. */
  from: 'existing' | 'incoming';
  participant: Participant;
};

export type SecondRegistration = {
  /** The incoming participant flagged. */
  participantId: Id;
  /** 2 for the second person of the organisation, 3 for the third… */
  rank: number;
  /** The first person registered for that organisation. */
  first: FirstRegistration;
};

/** Words that name the commune itself before its name; « mairie » may come without « de ». */
const communePrefix = /^(?:mairie|ville|commune) (?=(?:de|du|des|d) )|^mairie (?!(?:de|du|des|d)$)/;
const intercommunalityPrefix = /^(?:communaute de communes|cc) /;

/**
 * The key two organisations share when they are the same; null for no organisation. The article
 * after « Mairie de », « Ville du »… stays in the key where the name carries it (« du Havre » is
 * « Le Havre »), so that the bare name still matches.
 */
export function organisationKey(organisation: string): string | null {
  const words = foldWords(organisation)
    .replace(/\bst\b/g, 'saint')
    .replace(/\bste\b/g, 'sainte');
  if (words === '') return null;
  const intercommunality = intercommunalityPrefix.exec(words);
  if (intercommunality) {
    const name = words
      .slice(intercommunality[0].length)
      .replace(/^(?:de la|de l|du|des|de|d) /, '');
    return name === '' ? words : `cc ${name}`;
  }
  const commune = communePrefix.exec(words);
  if (commune) {
    const name = withArticle(words.slice(commune[0].length));
    return name === '' ? words : name;
  }
  return words;
}

/** « du Havre » → « le havre », « de la Rochelle » → « la rochelle », « de Lunel » → « lunel ». */
function withArticle(name: string): string {
  return name
    .replace(/^du /, 'le ')
    .replace(/^des /, 'les ')
    .replace(/^de (?=(?:la|l) )/, '')
    .replace(/^(?:de|d) /, '');
}

export function findSecondRegistrations(
  incoming: readonly Participant[],
  existing: readonly Participant[],
  duplicates: readonly DuplicateGroup[],
): SecondRegistration[] {
  const samePerson = new Map<Id, FirstRegistration>();
  for (const { keep, duplicates: rows } of duplicates)
    for (const { participant, suggested } of rows)
      if (suggested === 'merge') samePerson.set(participant.id, keep);

  const byOrganisation = new Map<string, { first: FirstRegistration; count: number }>();
  const keyOf = memoised(organisationKey);
  for (const participant of existing) {
    const key = keyOf(participant.organisation);
    if (key === null) continue;
    const known = byOrganisation.get(key);
    if (known) known.count += 1;
    else byOrganisation.set(key, { first: { from: 'existing', participant }, count: 1 });
  }

  const flagged: SecondRegistration[] = [];
  for (const participant of incoming) {
    const key = keyOf(participant.organisation);
    if (key === null) continue;
    const known = byOrganisation.get(key);
    const same = samePerson.get(participant.id);
    if (same !== undefined) {
      // The same person again: they may name the organisation their first row left empty.
      if (!known) byOrganisation.set(key, { first: same, count: 1 });
      continue;
    }
    if (!known) {
      byOrganisation.set(key, { first: { from: 'incoming', participant }, count: 1 });
      continue;
    }
    known.count += 1;
    flagged.push({ participantId: participant.id, rank: known.count, first: known.first });
  }
  return flagged;
}

/**
 * For the participants list: each person whose organisation someone else of the session shares,
 * with those others (in the session's order).
 */
export function sharedOrganisations(participants: readonly Participant[]): Map<Id, Participant[]> {
  const keyOf = memoised(organisationKey);
  const byKey = new Map<string, Participant[]>();
  for (const participant of participants) {
    const key = keyOf(participant.organisation);
    if (key === null) continue;
    const people = byKey.get(key);
    if (people) people.push(participant);
    else byKey.set(key, [participant]);
  }
  const shared = new Map<Id, Participant[]>();
  for (const people of byKey.values()) {
    if (people.length < 2) continue;
    for (const person of people)
      shared.set(
        person.id,
        people.filter((other) => other !== person),
      );
  }
  return shared;
}

/** Organisations repeat across a list: each is folded once. */
function memoised(compute: (text: string) => string | null): (text: string) => string | null {
  const known = new Map<string, string | null>();
  return (text) => {
    if (known.has(text)) return known.get(text) ?? null;
    const value = compute(text);
    known.set(text, value);
    return value;
  };
}
