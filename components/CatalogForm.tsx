import { useState } from 'react';
import { CATALOG_KINDS, type CatalogEntry } from '@/utils/catalog/schema';
import { parseTags } from '@/utils/text/tags';

interface Props {
  /** Saves the entry; resolves to an error message, or null when saved. */
  onAdd: (entry: CatalogEntry) => Promise<string | null>;
}

const EMPTY = {
  name: '',
  kind: 'person',
  description: '',
  role: '',
  organisation: '',
  homepage: '',
  repository: '',
  aliases: '',
};

/** What the form says for a person: who they are, never a link or a repository (they are no project). */
const personFrom = (form: typeof EMPTY): CatalogEntry => ({
  name: form.name.trim(),
  aliases: [],
  kind: 'person',
  description: '',
  ...(form.role.trim() ? { role: form.role.trim() } : {}),
  ...(form.organisation.trim() ? { organisation: form.organisation.trim() } : {}),
});

/** Adds a person or project for the lens to recognise on interview pages. */
export function CatalogForm({ onAdd }: Props) {
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const field = (key: keyof typeof EMPTY) => ({
    value: form[key],
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      setForm({ ...form, [key]: event.target.value }),
  });

  const person = form.kind === 'person';
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const entry: CatalogEntry = person
      ? personFrom(form)
      : {
          name: form.name.trim(),
          aliases: parseTags(form.aliases),
          // The select offers only CATALOG_KINDS, and the background checks the entry against the schema.
          kind: form.kind as CatalogEntry['kind'],
          description: form.description.trim(),
          ...(form.homepage.trim() ? { homepage: form.homepage.trim() } : {}),
          ...(form.repository.trim() ? { repository: form.repository.trim() } : {}),
        };
    const problem = await onAdd(entry);
    setError(problem);
    if (!problem) setForm(EMPTY);
  };

  return (
    <form className="catalog-form" onSubmit={(event) => void submit(event)}>
      <label>
        Name <input required maxLength={80} {...field('name')} />
      </label>
      <label>
        Kind
        <select {...field('kind')}>
          {CATALOG_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kind.replace(/-/g, ' ')}
            </option>
          ))}
        </select>
      </label>
      {person ? (
        <>
          <label>
            Role (optional) <input maxLength={120} placeholder="CTO" {...field('role')} />
          </label>
          <label>
            Organisation (optional) <input maxLength={120} placeholder="Lightning AI" {...field('organisation')} />
          </label>
        </>
      ) : (
        <>
          <label>
            What it is (one line) <input required minLength={10} maxLength={200} {...field('description')} />
          </label>
          <label>
            Link (https) <input type="url" placeholder="https://…" {...field('homepage')} />
          </label>
          <label>
            Repository (https, optional) <input type="url" placeholder="https://…" {...field('repository')} />
          </label>
          <label>
            Other names, comma-separated (optional) <input {...field('aliases')} />
          </label>
        </>
      )}
      <button type="submit">Add</button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
