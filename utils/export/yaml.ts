/**
 * YAML front matter for Obsidian properties. Strings are written plain only when no YAML reader
 * (1.1 or 1.2) could take them for anything else; otherwise they are double-quoted with escapes.
 */

/** A calendar date (`YYYY-MM-DD`), written bare so YAML readers and Obsidian see a date. */
export interface YamlDate {
  date: string;
}
export type FrontMatterValue = string | readonly string[] | YamlDate;

/** Characters that may not appear raw in a YAML document, or that would break the line. */
const UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;
/** A first character that starts YAML syntax instead of text. */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`.\s]/;
/** Words YAML 1.1 reads as booleans or null, and the merge and value keys. */
const SPECIAL_WORD = /^(?:~|null|true|false|yes|no|on|off|y|n|=|<<)$/i;
/** Numbers of any YAML flavour start with a digit, a sign or a dot; dates and times with a digit. */
const NUMBER_START = /^[-+]?(?:\d|\.\d|\.inf$|\.nan$)/i;

function needsQuotes(value: string): boolean {
  return (
    value === '' ||
    value !== value.trim() ||
    INDICATOR_START.test(value) ||
    // Colons and hashes are safe in some positions, but quoting every one is simpler to trust.
    /[:#\t]/.test(value) ||
    UNPRINTABLE.test(value) ||
    SPECIAL_WORD.test(value) ||
    NUMBER_START.test(value)
  );
}

const NAMED_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\0': '\\0',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
  '\u0085': '\\N',
  '\u2028': '\\L',
  '\u2029': '\\P',
};

function doubleQuoted(value: string): string {
  const escaped = value.replace(/[\\"\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g, (c) => {
    const code = c.charCodeAt(0);
    return (
      NAMED_ESCAPES[c] ??
      (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`)
    );
  });
  return `"${escaped}"`;
}

export const yamlString = (value: string): string => (needsQuotes(value) ? doubleQuoted(value) : value);

const isDate = (value: FrontMatterValue): value is YamlDate => typeof value === 'object' && 'date' in value;

/** `---`-fenced front matter; keys without a value and empty lists are left out. */
export function frontMatter(
  fields: ReadonlyArray<readonly [key: string, value: FrontMatterValue | undefined]>,
): string {
  const lines = ['---'];
  for (const [key, value] of fields) {
    if (value === undefined) continue;
    if (isDate(value)) lines.push(`${key}: ${value.date}`);
    else if (typeof value === 'string') lines.push(`${key}: ${yamlString(value)}`);
    else if (value.length) lines.push(`${key}:`, ...value.map((item) => `  - ${yamlString(item)}`));
  }
  lines.push('---');
  return lines.join('\n');
}
