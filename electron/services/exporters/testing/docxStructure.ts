/**
 * Checks a .docx against the OOXML structure Word insists on before it opens a file without
 * offering to repair it: balanced elements, every table with rows, every row with cells, every
 * cell ending with a paragraph, no paragraph inside a paragraph, every picture's part present.
 * Returns what is wrong, in words; an empty list when the file is sound.
 */
import { strFromU8, unzipSync } from 'fflate';

export function docxProblems(bytes: Uint8Array): string[] {
  const files = unzipSync(bytes);
  const problems: string[] = [];
  for (const part of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml'])
    if (!files[part]) problems.push(`partie absente : ${part}`);
  const document = files['word/document.xml'];
  if (!document) return problems;
  const xml = strFromU8(document);
  problems.push(...structureProblems(xml));
  const rels = strFromU8(files['word/_rels/document.xml.rels'] ?? new Uint8Array());
  for (const [, id] of xml.matchAll(/r:embed="([^"]+)"/g)) {
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    if (!target) problems.push(`image sans relation : ${id}`);
    else if (!files[`word/${target}`]) problems.push(`image absente : word/${target}`);
  }
  return problems;
}

type Open = { name: string; children: string[] };

function structureProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: Open[] = [];
  for (const [, closing, name, selfClosing] of xml.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (name!.startsWith('?')) continue;
    if (closing) {
      const open = stack.pop();
      if (!open || open.name !== name) {
        problems.push(`balise ${name} fermée sans être ouverte`);
        break;
      }
      problems.push(...elementProblems(open));
      continue;
    }
    stack.at(-1)?.children.push(name!);
    if (
      name === 'w:p' &&
      stack.some((o) => o.name === 'w:p') &&
      !stack.some((o) => o.name === 'w:txbxContent')
    )
      problems.push('paragraphe dans un paragraphe');
    if (name === 'w:tbl' && stack.at(-1)?.name === 'w:p')
      problems.push('tableau dans un paragraphe');
    if (selfClosing) problems.push(...elementProblems({ name: name!, children: [] }));
    else stack.push({ name: name!, children: [] });
  }
  if (stack.length > 0)
    problems.push(`balises jamais fermées : ${stack.map((o) => o.name).join(', ')}`);
  return problems;
}

function elementProblems({ name, children }: Open): string[] {
  if (name === 'w:tbl' && !children.includes('w:tr')) return ['tableau sans ligne'];
  if (name === 'w:tr' && !children.includes('w:tc')) return ['ligne de tableau sans cellule'];
  if (name === 'w:tc' && children.at(-1) !== 'w:p')
    return ['cellule qui ne finit pas par un paragraphe'];
  return [];
}
