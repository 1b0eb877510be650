/**
 * Exports a document of the open session: the Node side writes it next to the session (or
 * where the save dialog says); the browser build also downloads it. The user is told where.
 */
import { useState } from 'react';
import type { ExportRequest } from '../../../shared/contract';
import { useApi } from '../../api/ApiProvider';
import { readToken } from '../../api/httpTransport';
import { useSessionController, useSessionState } from '../../store/SessionProvider';
import { useToast } from '../../ui/Toasts';
import { useErrorText } from '../errors/useErrorText';

export type LastExport = { fileName: string; path: string };

export function useExport() {
  const api = useApi();
  const toast = useToast();
  const errorText = useErrorText();
  const id = useSessionState((s) => s.session.id);
  const controller = useSessionController();
  const [busy, setBusy] = useState<ExportRequest['kind'] | null>(null);
  const [last, setLast] = useState<LastExport | null>(null);

  /** True once the file is written (or the save dialog was cancelled); false on a failure. */
  async function run(document: ExportRequest): Promise<boolean> {
    setBusy(document.kind);
    try {
      // The document must hold every change typed so far.
      await controller.settled();
      const result = await api.call('export.create', { id, document });
      if (!result.ok) {
        toast(errorText(result.error));
        return false;
      }
      if (result.value.status === 'cancelled') return true;
      const { fileName, path, downloadId } = result.value;
      if (downloadId) download(downloadId, fileName);
      setLast({ fileName, path });
      return true;
    } finally {
      setBusy(null);
    }
  }

  return { run, busy, last };
}

/** Browser build: fetches a file an export registered, by its id (see electron/services/downloads.ts). */
export function download(downloadId: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = `/api/download/${encodeURIComponent(downloadId)}?token=${encodeURIComponent(readToken() ?? '')}`;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}
