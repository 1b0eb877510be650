import { text, type Run } from '../documentModel';

/** Text typed over several lines keeps its line breaks (blank lines collapse into one). */
export function multiline(value: string, style: Omit<Run, 'text' | 'breakBefore'> = {}): Run[] {
  const lines = value
    .split(/\r?\n/)
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '');
  if (lines.length === 0) return [text('', style)];
  return lines.map((line, i) => text(line, i > 0 ? { ...style, breakBefore: true } : style));
}
