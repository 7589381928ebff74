/**
 * A test-only reader for the front matter subset the exporter writes (`key: value` and block lists
 * of scalars). Plain scalars are resolved the way YAML 1.1 readers do (booleans, null, numbers,
 * dates) and YAML syntax in them is refused, so a string the writer should have quoted comes back
 * as something else, or throws, instead of passing.
 */
export type YamlScalar = string | number | boolean | null | Date;

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

function doubleQuoted(text: string): string {
  let out = '';
  let at = 1;
  for (;;) {
    const c = text[at];
    if (c === undefined) throw new Error(`unterminated string: ${text}`);
    if (c === '"') break;
    if (c !== '\\') {
      out += c;
      at++;
      continue;
    }
    const code = text[at + 1];
    const hex = HEX_LENGTH[code!];
    if (hex) {
      const digits = text.slice(at + 2, at + 2 + hex);
      if (!/^[0-9a-f]+$/i.test(digits) || digits.length !== hex) throw new Error(`bad escape in ${text}`);
      out += String.fromCodePoint(parseInt(digits, 16));
      at += 2 + hex;
    } else if (code! in ESCAPES) {
      out += ESCAPES[code!];
      at += 2;
    } else {
      throw new Error(`unknown escape \\${code} in ${text}`);
    }
  }
  if (at !== text.length - 1) throw new Error(`text after a quoted string: ${text}`);
  return out;
}

function plain(raw: string): YamlScalar {
  const text = raw.trim();
  if (text === '' || /^(?:~|null|Null|NULL)$/.test(text)) return null;
  if (/^(?:y|Y|yes|Yes|YES|on|On|ON|true|True|TRUE)$/.test(text)) return true;
  if (/^(?:n|N|no|No|NO|off|Off|OFF|false|False|FALSE)$/.test(text)) return false;
  if (/^[-+]?(?:0|[1-9][\d_]*|0[0-7_]+|0x[\da-f_]+|0b[01_]+)$/i.test(text)) return Number(text.replace(/_/g, ''));
  if (/^[-+]?(?:\d[\d_]*)?\.[\d_]*(?:e[-+]?\d+)?$/i.test(text) || /^[-+]?\d+e[-+]?\d+$/i.test(text))
    return Number(text.replace(/_/g, ''));
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  if (/^\.(?:nan|NaN|NAN)$/.test(text)) return NaN;
  if (/^\d{4}-\d\d?-\d\d?$/.test(text)) return new Date(`${text}T00:00:00Z`);
  if (/^\d{4}-\d\d?-\d\d?[Tt ]/.test(text)) return new Date(text);
  if (/^[-?:](?:\s|$)|^[,[\]{}#&*!|>'"%@`]/.test(text)) throw new Error(`YAML syntax at the start of ${text}`);
  if (/:(?:\s|$)|\s#/.test(text)) throw new Error(`a mapping or a comment inside ${text}`);
  return text;
}

const scalar = (text: string): YamlScalar => (text.startsWith('"') ? doubleQuoted(text) : plain(text));

/** The properties of a note that starts with `---` front matter. */
export function readFrontMatter(note: string): Record<string, YamlScalar | YamlScalar[]> {
  const block = /^---\n([\s\S]*?)\n---\n/.exec(note);
  if (!block) throw new Error('no front matter');
  const result: Record<string, YamlScalar | YamlScalar[]> = {};
  let list: YamlScalar[] | undefined;
  for (const line of block[1]!.split('\n')) {
    // YAML 1.1 breaks lines at these too, and forbids the rest unescaped.
    if (/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(line)) {
      throw new Error(`raw control character in ${JSON.stringify(line)}`);
    }
    const item = /^ {2}- (.*)$/.exec(line);
    if (item) {
      if (!list) throw new Error(`list item outside a list: ${line}`);
      list.push(scalar(item[1]!));
      continue;
    }
    const field = /^([a-z]+):(?: (.*))?$/.exec(line);
    if (!field) throw new Error(`not a front matter line: ${JSON.stringify(line)}`);
    if (field[1]! in result) throw new Error(`repeated key ${field[1]}`);
    list = field[2] === undefined ? [] : undefined;
    result[field[1]!] = list ?? scalar(field[2]!);
  }
  return result;
}
