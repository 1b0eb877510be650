/**
 * A modal on the native <dialog>: focus moves in and is trapped, Escape closes, focus returns
 * to where it was. Screen readers get its title as its name.
 */
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';

export function Dialog({
  title,
  onClose,
  onSubmit,
  children,
  actions,
  wide = false,
}: {
  title: string;
  /** For content that needs room, such as a table preview. */
  wide?: boolean;
  onClose: () => void;
  /** When set, the content is a form and Enter submits it. */
  onSubmit?: () => void;
  children: ReactNode;
  actions: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const previous = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => previous?.focus?.();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit?.();
  };
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog--wide' : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form method="dialog" onSubmit={submit}>
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <div className="dialog__body">{children}</div>
        <div className="dialog__actions">{actions}</div>
      </form>
    </dialog>
  );
}
