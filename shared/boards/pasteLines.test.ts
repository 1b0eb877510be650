import { describe, expect, it } from 'vitest';
import { pastedLines } from './pasteLines';

describe('pastedLines', () => {
  it('makes one note per line, without blank lines, list markers or stray spaces', () => {
    const pasted = [
      '- Se connaître avant de travailler ensemble',
      '',
      '• Un diagnostic   partagé',
      '2) Des temps d’interconnaissance',
      '10. Partager les données',
      '   ',
      'a) Une lettre commune\r',
      '— Le 4 février, à 9h30',
    ].join('\n');
    expect(pastedLines(pasted)).toEqual([
      'Se connaître avant de travailler ensemble',
      'Un diagnostic partagé',
      'Des temps d’interconnaissance',
      'Partager les données',
      'Une lettre commune',
      'Le 4 février, à 9h30',
    ]);
  });

  it('keeps what only looks like a marker inside the text', () => {
    expect(pastedLines('3 tables ont voté\nÉtat - collectivité - associations')).toEqual([
      '3 tables ont voté',
      'État - collectivité - associations',
    ]);
  });
});
