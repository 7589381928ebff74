interface Props {
  note: string;
  tags: string;
  onNote: (note: string) => void;
  onTags: (tags: string) => void;
  /** Puts the caret in the note at once (editing in the popup's list). */
  autoFocus?: boolean;
}

/** The note and tags fields of a highlight, as the lens's card and the popup both edit them. */
export function NoteTagsFields({ note, tags, onNote, onTags, autoFocus = false }: Props) {
  return (
    <>
      <label className="field">
        Note
        <textarea rows={3} value={note} autoFocus={autoFocus} onChange={(event) => onNote(event.target.value)} />
      </label>
      <label className="field">
        Tags
        <input value={tags} placeholder="pytorch, inference" onChange={(event) => onTags(event.target.value)} />
      </label>
    </>
  );
}
