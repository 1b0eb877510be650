/**
 * "Importer une séance…": picks a `.atelier` file and sends its bytes (never its path) to
 * `archive.import`. A refusal stays on screen until the next try: it says why, and that
 * nothing was imported.
 */
import { useRef, useState } from 'react';
import {
  ARCHIVE_EXTENSION,
  ARCHIVE_MIME_TYPE,
  archiveLimits,
  type ImportedArchive,
} from '../../../shared/contract';
import { fail, type AppError, type Result } from '../../../shared/result';
import { useApi } from '../../api/ApiProvider';
import { useT } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { blobToBase64 } from '../../api/blobToBase64';

const toMb = (bytes: number) => Math.ceil(bytes / (1024 * 1024));

export function ImportArchiveButton({
  onImported,
  onRefused,
}: {
  onImported: (imported: ImportedArchive) => void;
  onRefused: (error: AppError | null) => void;
}) {
  const t = useT();
  const api = useApi();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  async function importFile(file: File): Promise<Result<ImportedArchive>> {
    if (file.size > archiveLimits.maxArchiveBytes)
      return fail('archive.tooLarge', {
        sizeMb: toMb(file.size),
        maxMb: toMb(archiveLimits.maxArchiveBytes),
      });
    const data = await blobToBase64(file);
    return api.call('archive.import', { fileName: file.name.slice(0, 300), data });
  }

  async function picked(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    onRefused(null);
    try {
      const result = await importFile(file);
      if (result.ok) onImported(result.value);
      else onRefused(result.error);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  return (
    <>
      <input
        ref={input}
        type="file"
        accept={`.${ARCHIVE_EXTENSION},${ARCHIVE_MIME_TYPE}`}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="archive-file"
        onChange={(e) => void picked(e.target.files?.[0])}
      />
      <Button
        onClick={() => input.current?.click()}
        disabled={busy}
        aria-label={t('archives.importLabel')}
      >
        {busy ? t('archives.importing') : t('archives.import')}
      </Button>
    </>
  );
}
