import { useEffect, useRef } from 'react';

export interface NoticeState {
  text: string;
  tone: 'info' | 'error';
  undo?: () => void;
}

/**
 * One line of feedback at the foot of the popup. After a delete it offers Undo, takes the focus
 * there (the deleted item's buttons are gone), and stays until Undo or Dismiss.
 */
export function Notice({ notice, onDismiss }: { notice: NoticeState | null; onDismiss: () => void }) {
  const undoButton = useRef<HTMLButtonElement>(null);
  const line = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (notice?.undo) undoButton.current?.focus();
  }, [notice]);
  if (!notice) return <p className="notice" role="status" />;
  return (
    <p className={`notice ${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} ref={line} tabIndex={-1}>
      {notice.text}
      {notice.undo && (
        <>
          <button
            type="button"
            className="link"
            ref={undoButton}
            onClick={() => {
              notice.undo?.();
              // The restored item comes back where it was; the focus waits on this line meanwhile.
              line.current?.focus();
            }}
          >
            Undo
          </button>
          <button type="button" className="link" aria-label="Dismiss" onClick={onDismiss}>
            ×
          </button>
        </>
      )}
    </p>
  );
}
