/**
 * Finds the people of an import who are already known: in the session, or earlier in the same
 * file. Two people are the same when they share an e-mail address (ignoring case), or the same
 * first and last names and organisation (ignoring case, accents, hyphens and apostrophes; first
 * and last names may be swapped, as a full name split the other way round; two empty
 * organisations count as the same). A name match needs both names: « Benali » alone is not
 * enough to say two rows are one person.
 *
 * Invariant: each group keeps one person, who is never itself a duplicate — someone already in
 * the session, or the first row of the file naming that person — so a chain of matches (row 9 is
 * row 4, which is someone in the session) ends at that person.
 *
 * Each duplicate comes with a suggested decision: 'merge', except when only the e-mail is shared
 * and the first names differ (« Linh » registered by « François » with his address, as
 * HelloAsso's payer e-mail does for a family): then 'add', and such a row leads no chain.
 */
import type { Id } from '../model/ids';
import type { Participant } from '../model/participants';
import { foldWords } from '../util/foldText';

export type DuplicateReason = 'email' | 'nameAndOrganisation';

/** What the facilitator may decide for a duplicate; see `planImport`. */
export type DuplicateDecision = 'merge' | 'skip' | 'add';

export type DuplicateGroup = {
  /** Who stays: a person already in the session, or the first row of the file naming them. */
  keep: { from: 'existing' | 'incoming'; participant: Participant };
  /** Later incoming participants judged to be the same person, each with why. */
  duplicates: {
    participant: Participant;
    reasons: DuplicateReason[];
    suggested: DuplicateDecision;
  }[];
};

type Keep = DuplicateGroup['keep'];

export function findDuplicates(
  incoming: readonly Participant[],
  existing: readonly Participant[],
): DuplicateGroup[] {
  const nameKey = nameKeys();
  const byEmail = new Map<string, Keep>();
  const byName = new Map<string, Keep>();
  const remember = (keep: Keep) => {
    const email = emailKey(keep.participant);
    const name = nameKey(keep.participant);
    if (email !== null && !byEmail.has(email)) byEmail.set(email, keep);
    if (name !== null && !byName.has(name)) byName.set(name, keep);
  };
  for (const participant of existing) remember({ from: 'existing', participant });

  const groups = new Map<Id, DuplicateGroup>();
  for (const participant of incoming) {
    const email = emailKey(participant);
    const name = nameKey(participant);
    const sameEmail = email === null ? undefined : byEmail.get(email);
    const sameName = name === null ? undefined : byName.get(name);
    // A match in the session wins over one in the file; then names and organisation, which
    // families and payers do not share as they share an e-mail address.
    const candidates = [sameName, sameEmail].filter((keep) => keep !== undefined);
    const keep = candidates.find((c) => c.from === 'existing') ?? candidates[0];
    if (keep === undefined) {
      remember({ from: 'incoming', participant });
      continue;
    }
    const reasons: DuplicateReason[] = [];
    if (sameEmail === keep || (email !== null && email === emailKey(keep.participant))) {
      reasons.push('email');
    }
    if (sameName === keep || (name !== null && name === nameKey(keep.participant))) {
      reasons.push('nameAndOrganisation');
    }
    const suggested = suggest(reasons, participant, keep.participant);
    const group = groups.get(keep.participant.id) ?? { keep, duplicates: [] };
    group.duplicates.push({ participant, reasons, suggested });
    groups.set(keep.participant.id, group);
    if (suggested === 'merge') {
      // Whatever else names this person (say, the e-mail of a row that matched by name) now
      // leads to the same kept person.
      if (email !== null && !byEmail.has(email)) byEmail.set(email, keep);
      if (name !== null && !byName.has(name)) byName.set(name, keep);
    }
  }
  return [...groups.values()];
}

function suggest(
  reasons: DuplicateReason[],
  participant: Participant,
  kept: Participant,
): DuplicateDecision {
  if (reasons.includes('nameAndOrganisation')) return 'merge';
  // Only the address is shared: the same person if the first names agree (« A. » and « Aïcha »).
  const a = foldWords(participant.firstName).replace(/ /g, '');
  const b = foldWords(kept.firstName).replace(/ /g, '');
  return a === '' || b === '' || a.startsWith(b) || b.startsWith(a) ? 'merge' : 'add';
}

function emailKey(participant: Participant): string | null {
  const email = participant.email.trim().toLowerCase();
  return email === '' ? null : email;
}

/** Name keys, with folded texts remembered: names and organisations repeat across a list. */
function nameKeys(): (participant: Participant) => string | null {
  const folded = new Map<string, string>();
  const fold = (text: string) => {
    let result = folded.get(text);
    if (result === undefined) folded.set(text, (result = foldWords(text)));
    return result;
  };
  return (participant) => {
    const last = fold(participant.lastName);
    const first = fold(participant.firstName);
    if (last === '' || first === '') return null;
    const names = last < first ? `${last}|${first}` : `${first}|${last}`;
    return `${names}|${fold(participant.organisation)}`;
  };
}
