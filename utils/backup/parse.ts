import type { z } from 'zod';
import { brief, describeIssue, readableIssue } from '../validation/readable-issues';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupError,
  MAX_BACKUP_ARTICLES,
  MAX_BACKUP_CATALOG,
  MAX_BACKUP_HIGHLIGHTS,
  MAX_BACKUP_TEXT_LENGTH,
  MAX_BACKUP_VERDICTS,
  type Backup,
} from './format';
import { BackupSchema } from './schema';

const NOT_A_BACKUP = 'This is not an Interview Lens backup';
const SHOWN_PROBLEMS = 3;

const RECORD_NAMES: Record<string, string> = {
  articles: 'Article',
  highlights: 'Highlight',
  catalog: 'Catalog entry',
  verdicts: 'Page correction',
};
/** Each list's limit, and how the reader is told its records. */
const LIMITS = [
  ['articles', MAX_BACKUP_ARTICLES, 'articles'],
  ['highlights', MAX_BACKUP_HIGHLIGHTS, 'highlights'],
  ['catalog', MAX_BACKUP_CATALOG, 'catalog entries'],
  ['verdicts', MAX_BACKUP_VERDICTS, 'page corrections'],
] as const;

/** A value from the file, shown briefly (as JSON: a string keeps its quotes). */
const shown = (value: unknown) => brief(JSON.stringify(value) ?? String(value));

function parseJson(text: string): unknown {
  if (text.length > MAX_BACKUP_TEXT_LENGTH) {
    throw new BackupError(
      `This backup is larger than ${MAX_BACKUP_TEXT_LENGTH / 1024 / 1024} MB, the most Interview Lens imports.`,
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new BackupError(`${NOT_A_BACKUP} (the file is not JSON).`);
  }
}

/** Format name, version and sizes first: they explain a wrong file better than a list of field problems. */
function checkEnvelope(data: unknown): void {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new BackupError(`${NOT_A_BACKUP} (the file holds no backup object).`);
  const { format, version } = data as Record<string, unknown>;
  if (format === undefined) throw new BackupError(`${NOT_A_BACKUP} (it names no format).`);
  if (format !== BACKUP_FORMAT) throw new BackupError(`${NOT_A_BACKUP} (its format is ${shown(format)}).`);
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    throw new BackupError(
      `This backup was made by a newer version of Interview Lens (format version ${version}); this version reads version ${BACKUP_VERSION}.`,
    );
  }
  if (version === undefined)
    throw new BackupError(
      `This backup names no format version; this version of Interview Lens reads version ${BACKUP_VERSION}.`,
    );
  if (version !== BACKUP_VERSION) {
    throw new BackupError(
      `This backup has an unknown format version (${shown(version)}); this version of Interview Lens reads version ${BACKUP_VERSION}.`,
    );
  }
  for (const [key, max, records] of LIMITS) {
    const list = (data as Record<string, unknown>)[key];
    if (Array.isArray(list) && list.length > max) {
      throw new BackupError(
        `This backup holds ${list.length.toLocaleString('en')} ${records}; Interview Lens imports at most ${max.toLocaleString('en')}.`,
      );
    }
  }
}

/** "Highlight 12 is invalid: note: …." — the record, numbered from 1, then the field within it. */
function sentenceFor(issue: z.core.$ZodIssue): string {
  const [top, index, ...rest] = issue.path;
  const record = typeof top === 'string' ? RECORD_NAMES[top] : undefined;
  if (record && typeof index === 'number') return `${record} ${index + 1} is invalid: ${describeIssue(issue, rest)}.`;
  if (top === 'settings') return `The settings are invalid: ${describeIssue(issue, issue.path.slice(1))}.`;
  return `The backup is invalid: ${describeIssue(issue)}.`;
}

function describeProblems(issues: readonly z.core.$ZodIssue[]): string {
  const more = issues.length - SHOWN_PROBLEMS;
  const sentences = issues.slice(0, SHOWN_PROBLEMS).map(sentenceFor);
  if (more > 0) sentences.push(`(${more.toLocaleString('en')} more problem${more > 1 ? 's' : ''}.)`);
  return sentences.join(' ');
}

/** Position (from 0) of the first value seen before, and of its first occurrence. */
function firstRepeat(values: readonly string[]): [first: number, again: number] | undefined {
  const seen = new Map<string, number>();
  for (const [index, value] of values.entries()) {
    const first = seen.get(value);
    if (first !== undefined) return [first, index];
    seen.set(value, index);
  }
  return undefined;
}

/** Keys the database keeps unique must be unique within the file too. */
function checkUnique(backup: Backup): void {
  const checks = [
    ['Article', 'id', backup.articles.map((article) => article.id)],
    ['Article', 'address', backup.articles.map((article) => article.url)],
    ['Highlight', 'id', backup.highlights.map((highlight) => highlight.id)],
    ['Catalog entry', 'name', backup.catalog.map((entry) => entry.name)],
  ] as const;
  for (const [record, key, values] of checks) {
    const repeat = firstRepeat(values);
    if (repeat) {
      const [first, again] = repeat;
      throw new BackupError(
        `${record} ${again + 1} has the same ${key} as ${record.toLowerCase()} ${first + 1} (${shown(values[again])}).`,
      );
    }
  }
}

/**
 * Reads and validates a backup file without touching the database. Throws a BackupError whose
 * message names the first few problems. Whether highlights' articles exist is checked on import,
 * since an article may already be saved.
 */
export function parseBackup(text: string): Backup {
  const data = parseJson(text);
  checkEnvelope(data);
  const result = BackupSchema.safeParse(data, { error: readableIssue });
  if (!result.success) throw new BackupError(describeProblems(result.error.issues));
  checkUnique(result.data);
  return result.data;
}
