import { describe, expect, it } from 'vitest';
import { gennevilliersSession } from '../testing/sampleSession';
import { parseSessionText } from './parseSession';

const text = JSON.stringify(gennevilliersSession(), null, 2);

describe('parseSessionText', () => {
  it('reads a valid session with its accents intact', () => {
    const parsed = parseSessionText(text);
    expect(parsed.kind).toBe('ok');
    if (parsed.kind === 'ok') expect(parsed.session.participants[2]?.lastName).toBe('N’Diaye');
  });

  it('keeps fields it does not know, so a round trip loses nothing', () => {
    const doc = { ...JSON.parse(text), pluginData: { couleur: 'bleu' } };
    doc.participants[0].badge = 'orateur';
    const parsed = parseSessionText(JSON.stringify(doc));
    expect(parsed.kind).toBe('ok');
    if (parsed.kind !== 'ok') return;
    const again = JSON.parse(JSON.stringify(parsed.session));
    expect(again.pluginData).toEqual({ couleur: 'bleu' });
    expect(again.participants[0].badge).toBe('orateur');
  });

  it('tells a truncated file from an empty one and from garbage', () => {
    expect(parseSessionText('')).toEqual({ kind: 'truncated' });
    expect(parseSessionText(text.slice(0, text.length / 2))).toEqual({ kind: 'truncated' });
    expect(parseSessionText('PK\u0003\u0004 not json')).toEqual({ kind: 'notJson' });
  });

  it('lists what fails validation', () => {
    const doc = JSON.parse(text);
    doc.date = '4 février 2025';
    const parsed = parseSessionText(JSON.stringify(doc));
    expect(parsed.kind).toBe('invalid');
    if (parsed.kind === 'invalid') expect(parsed.issues[0]).toMatch(/^date:/);
  });

  it('recognises a file from a newer Atelier and still offers it for reading', () => {
    const parsed = parseSessionText(
      JSON.stringify({ ...JSON.parse(text), schemaVersion: 7, hologram: true }),
    );
    expect(parsed.kind).toBe('newer');
    if (parsed.kind === 'newer') {
      expect(parsed.version).toBe(7);
      expect(parsed.session?.title).toContain('coopérations');
    }
  });
});
