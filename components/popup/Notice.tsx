export interface NoticeState {
  text: string;
  tone: 'info' | 'error';
  undo?: () => void;
}

/** One line of feedback at the foot of the popup, with Undo after a delete. */
export function Notice({ notice, onDismiss }: { notice: NoticeState | null; onDismiss: () => void }) {
  if (!notice) return <p className="notice" role="status" />;
  return (
    <p className={`notice ${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      {notice.text}
      {notice.undo && (
        <button
          type="button"
          className="link"
          onClick={() => {
            notice.undo?.();
            onDismiss();
          }}
        >
          Undo
        </button>
      )}
    </p>
  );
}
