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
 */
import type { Id } from '../model/ids';
import type { Participant } from '../model/participants';
import { foldWords } from './foldText';

export type DuplicateReason = 'email' | 'nameAndOrganisation';

export type DuplicateGroup = {
  /** Who stays: a person already in the session, or the first row of the file naming them. */
  keep: { from: 'existing' | 'incoming'; participant: Participant };
  /** Later incoming participants judged to be the same person, each with why. */
  duplicates: { participant: Participant; reasons: DuplicateReason[] }[];
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
    // A match in the session wins over one in the file; otherwise the e-mail match wins.
    const candidates = [sameEmail, sameName].filter((keep) => keep !== undefined);
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
    const group = groups.get(keep.participant.id) ?? { keep, duplicates: [] };
    group.duplicates.push({ participant, reasons });
    groups.set(keep.participant.id, group);
    // Whoever else this row matches (say, by name while it matched by e-mail) now leads here too.
    if (email !== null && !byEmail.has(email)) byEmail.set(email, keep);
    if (name !== null && !byName.has(name)) byName.set(name, keep);
  }
  return [...groups.values()];
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
