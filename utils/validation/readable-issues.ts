import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

const FORMAT_NAMES: Record<string, string> = {
  datetime: 'a date and time (ISO 8601)',
  url: 'a web address',
  uuid: 'a UUID',
};

const count = (n: number | bigint) => n.toLocaleString('en');

/** A value from untrusted input, shown briefly: it may be anything, of any length. */
export const brief = (value: unknown, max = 60): string => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > max ? `${text.slice(0, max)}…` : text;
};
const unit = (origin: string) => (origin === 'string' ? ' characters' : origin === 'array' ? ' items' : '');

/**
 * Zod's own messages are written for developers ("Too big: expected string to have <=40
 * characters"); these are for the reader, who sees them in the options page. Pass it as the
 * `error` option of a parse. Messages a schema sets itself (the note limit, say) still win.
 */
export const readableIssue: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'missing' : `should be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_big':
      return `at most ${count(issue.maximum)}${unit(issue.origin)}`;
    case 'too_small':
      return (issue.origin === 'string' || issue.origin === 'array') && Number(issue.minimum) === 1
        ? 'cannot be empty'
        : `at least ${count(issue.minimum)}${unit(issue.origin)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys
        .slice(0, 3)
        .map((key) => `“${brief(key, 40)}”`)
        .join(', ')}${issue.keys.length > 3 ? ` and ${count(issue.keys.length - 3)} more` : ''}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `should be ${JSON.stringify(issue.values[0])}`
        : `should be one of ${issue.values.map((value) => String(value)).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'starts_with'
        ? `should start with “${String(issue.prefix)}”`
        : `should be ${FORMAT_NAMES[issue.format] ?? `in ${issue.format} format`}`;
    default:
      return undefined;
  }
};

/** Where a problem is, for a person: `speaker.roles #2` (list positions count from 1). */
const pathLabel = (path: readonly PropertyKey[]): string =>
  path
    .reduce<string>(
      (label, key) =>
        typeof key === 'number' ? `${label} #${key + 1}` : label ? `${label}.${String(key)}` : String(key),
      '',
    )
    .trim();

/** One problem as "where: what", or just "what" at the top. */
export function describeIssue(issue: Issue, path: readonly PropertyKey[] = issue.path): string {
  const where = pathLabel(path);
  return where ? `${where}: ${issue.message}` : issue.message;
}

/** The first few problems in one sentence fragment; the rest are counted, never dumped. */
export function describeIssues(issues: readonly Issue[], shown = 3): string {
  const listed = issues
    .slice(0, shown)
    .map((issue) => describeIssue(issue))
    .join('; ');
  const more = issues.length - shown;
  return more > 0 ? `${listed}; and ${more} more problem${more > 1 ? 's' : ''}` : listed;
}
