import { describe, expect, it } from 'vitest';
import { sessionFolderName, uniqueName } from './folderName';

describe('sessionFolderName', () => {
  it('starts with the date, keeps accents and replaces what Windows forbids', () => {
    expect(
      sessionFolderName('Coopérations éducatives : la démarche « impact »', '2025-02-04'),
    ).toBe('2025-02-04 Coopérations éducatives la démarche « impact »');
    expect(sessionFolderName('Atelier 1/4 — eau? *urgent*', null)).toBe('Atelier 1 4 — eau urgent');
  });

  it('composes decomposed accents as macOS may give them', () => {
    expect(sessionFolderName('Lie\u0301vin', null)).toBe('Liévin');
  });

  it('never yields a reserved, hidden, empty or trailing-dot name', () => {
    expect(sessionFolderName('CON', null)).toBe('_CON');
    expect(sessionFolderName('nul.txt', null)).toBe('_nul.txt');
    expect(sessionFolderName('...', null)).toBe('Séance');
    expect(sessionFolderName('   ', null)).toBe('Séance');
    expect(sessionFolderName('Séminaire...', '2025-02-04')).toBe('2025-02-04 Séminaire');
  });

  it('bounds the length without cutting a character in two', () => {
    const name = sessionFolderName('Coopération '.repeat(20) + '🤝', '2025-02-04');
    expect([...name].length).toBeLessThanOrEqual(80);
    expect(name.endsWith(' ')).toBe(false);
    expect(sessionFolderName('é'.repeat(200), null)).toBe('é'.repeat(80));
  });
});

describe('uniqueName', () => {
  it('numbers a name already taken, ignoring case', () => {
    expect(
      uniqueName('2025-02-04 Séminaire', ['2025-02-04 séminaire', '2025-02-04 Séminaire (2)']),
    ).toBe('2025-02-04 Séminaire (3)');
    expect(uniqueName('Atelier', ['Autre'])).toBe('Atelier');
  });
});
