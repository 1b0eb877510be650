import { useState } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';

export function RenameDialog({
  title,
  onRename,
  onClose,
}: {
  title: string;
  onRename: (title: string) => void;
  onClose: () => void;
}) {
  const t = useT();
  const [value, setValue] = useState(title);
  return (
    <Dialog
      title={t('library.rename')}
      onClose={onClose}
      onSubmit={() => onRename(value.trim())}
      actions={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary">
            {t('library.rename')}
          </Button>
        </>
      }
    >
      <TextField
        label={t('library.renameLabel', { title })}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        maxLength={300}
        autoFocus
      />
    </Dialog>
  );
}
