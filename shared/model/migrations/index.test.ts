import { describe, expect, it } from 'vitest';
import { migrate, type Migration } from './index';

// A made-up chain standing for the versions to come: v1 stored one facilitator as a string.
const chain: Record<number, Migration> = {
  1: (doc) => ({ ...doc, facilitators: [doc.facilitator], facilitator: undefined }),
  2: (doc) => ({ ...doc, place: String(doc.place ?? '').trim() }),
};

describe('migrate', () => {
  it('runs every step in order from the stored version to the target', () => {
    const outcome = migrate(
      { schemaVersion: 1, facilitator: 'Aïcha Benali', place: ' Liévin ' },
      chain,
      3,
    );
    expect(outcome).toEqual({
      kind: 'current',
      migratedFrom: 1,
      doc: {
        schemaVersion: 3,
        facilitators: ['Aïcha Benali'],
        facilitator: undefined,
        place: 'Liévin',
      },
    });
  });

  it('starts from the stored version, not from the first one', () => {
    const outcome = migrate(
      { schemaVersion: 2, facilitators: ['Léa'], place: 'Nanterre ' },
      chain,
      3,
    );
    expect(outcome).toMatchObject({ kind: 'current', migratedFrom: 2, doc: { place: 'Nanterre' } });
  });

  it('leaves a current document as it is', () => {
    const doc = { schemaVersion: 3, title: 'Séminaire' };
    expect(migrate(doc, chain, 3)).toEqual({ kind: 'current', doc, migratedFrom: null });
  });

  it('refuses a document from the future without touching it', () => {
    expect(migrate({ schemaVersion: 4 }, chain, 3)).toEqual({ kind: 'newer', version: 4 });
  });

  it('says when there is no usable version at all', () => {
    expect(migrate({ title: 'sans version' }, chain, 3)).toEqual({ kind: 'unversioned' });
    expect(migrate([], chain, 3)).toEqual({ kind: 'unversioned' });
    expect(migrate({ schemaVersion: '1' }, chain, 3)).toEqual({ kind: 'unversioned' });
  });

  it('has no gap in the real chain up to the current version', () => {
    expect(migrate({ schemaVersion: 1 })).toMatchObject({ kind: 'current' });
  });
});
