import type { archives as fr } from '../fr/archives';
import type { Catalog } from '../types';

export const archives = {
  'archives.exportTitle': 'Session archive (.atelier)',
  'archives.exportDescription':
    'One file with the session and its photos, to hand to a co-facilitator (USB key, e-mail). In Atelier, open it with “Import a session”.',
  'archives.export': 'Export the archive',
  'archives.exporting': 'Exporting…',
  'archives.exportedAt': 'The archive “{fileName}” is saved here:',
  'archives.import': 'Import a session…',
  'archives.importing': 'Importing…',
  'archives.importLabel': 'Import a session from a .atelier archive',
  'archives.imported': 'Session “{title}” imported.',
  'archives.importedAsCopy':
    'Session imported as a new copy, “{title}”: your sessions already held a version of it, which was left unchanged.',
  'archives.fileName': 'Session - {title} - {date}',
  'archives.openFailed': 'This session could not be imported',
  'archives.copySuffix': '(imported copy)',
  'archives.openImported': 'Open',
  'errors.archive.tooLarge':
    'This archive is too large ({sizeMb} MB, at most {maxMb} MB). Nothing was imported.',
  'errors.archive.notAnArchive':
    'This file is not a readable Atelier session archive (.atelier). Nothing was imported.',
  'errors.archive.unsafeEntry':
    'This archive was refused for safety: “{entry}” would land outside the archive (absolute path, “..”, symbolic link or duplicate name). Nothing was imported.',
  'errors.archive.tooManyEntries':
    'This archive holds more than 10,000 files: it was refused as a precaution. Nothing was imported.',
  'errors.archive.tooBigUncompressed':
    'Once inflated, this archive would exceed {maxMb} MB: it was refused as a precaution. Nothing was imported.',
  'errors.archive.damaged':
    'This archive is damaged or was tampered with: “{entry}” does not match what it declares. Nothing was imported.',
  'errors.archive.missingSession':
    'This archive holds no session (session.json is missing). Nothing was imported.',
  'errors.archive.invalidSession':
    'The session in this archive is damaged or inconsistent. Nothing was imported.',
  'errors.archive.newerSchema':
    'This archive comes from a newer version of Atelier. Update Atelier to import it. Nothing was imported.',
} satisfies Catalog<typeof fr>;
