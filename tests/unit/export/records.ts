/** Records for the export tests: fixed ids and times, so every render is byte-for-byte repeatable. */
import type { ArticleRecord, HighlightRecord } from '@/utils/db/records';

const DAY = 86_400_000;
export const SAVED_AT = Date.UTC(2025, 9, 23, 7, 30);

export function article(
  fields: Partial<ArticleRecord> & Pick<ArticleRecord, 'id' | 'url' | 'title' | 'site'>,
): ArticleRecord {
  return { urls: [fields.url], firstSeenAt: SAVED_AT, updatedAt: SAVED_AT + DAY, ...fields };
}

export function highlight(
  fields: Partial<HighlightRecord> & Pick<HighlightRecord, 'id' | 'articleId'> & { exact: string; start: number },
): HighlightRecord {
  const { exact, start, ...rest } = fields;
  return {
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
    colour: 'yellow',
    note: '',
    tags: [],
    anchorState: 'anchored',
    anchorCheckedAt: SAVED_AT + 2 * DAY,
    createdAt: SAVED_AT,
    updatedAt: SAVED_AT,
    ...rest,
  };
}

const LUCA = {
  name: 'Luca Antiga',
  roles: ['CTO of Lightning AI', 'head of the PyTorch Foundation’s Technical Advisory Council'],
};
const FREDERIC = { name: 'Frederic Lardinois', roles: [] };

/** The New Stack's "Why PyTorch Won": Frederic Lardinois interviews Luca Antiga. */
export const pytorchArticle = article({
  id: '0b7f6a52-1c1e-4d8e-9a51-6f0c2d9e0a01',
  url: 'https://thenewstack.io/why-pytorch-won/',
  title: 'Why PyTorch Won',
  site: 'The New Stack',
  author: 'Frederic Lardinois',
  published: '2025-10-22T09:00:00-07:00',
});

/** Saved in a different order from the page's, as a reader would: tests check the page order wins. */
export const pytorchHighlights: HighlightRecord[] = [
  highlight({
    id: 'c2a4e0d1-7b61-4f0a-8d2e-5a9b3c1d0004',
    articleId: pytorchArticle.id,
    exact:
      'Ray and DeepSpeed solve the problems right next to the model, scheduling and scale, so it made sense to bring them under one roof.',
    start: 4210,
    fragment: ':~:text=Ray%20and%20DeepSpeed%20solve%20the,them%20under%20one%20roof.',
    speaker: LUCA,
    projects: ['Ray', 'DeepSpeed'],
    tags: ['distributed training', 'foundation'],
    note: 'Ask: does the TAC vote on every new project?',
    colour: 'green',
    createdAt: SAVED_AT + 3_000,
  }),
  highlight({
    id: 'c2a4e0d1-7b61-4f0a-8d2e-5a9b3c1d0002',
    articleId: pytorchArticle.id,
    exact:
      'PyTorch won because it never stopped feeling like Python. You could drop a breakpoint anywhere and look at your tensors.',
    start: 1385,
    fragment:
      ':~:text=PyTorch%20won%20because%20it%20never%20stopped%20feeling%20like%20Python.%20You%20could%20drop%20a%20breakpoint%20anywhere%20and%20look%20at%20your%20tensors.',
    speaker: LUCA,
    projects: ['PyTorch'],
    tags: ['developer experience', 'pytorch'],
    note: 'Debuggability was the moat, not raw speed.\nCompare with the graph-first TensorFlow 1.x days.',
    createdAt: SAVED_AT + 1_000,
  }),
  highlight({
    id: 'c2a4e0d1-7b61-4f0a-8d2e-5a9b3c1d0001',
    articleId: pytorchArticle.id,
    exact: 'The PyTorch Foundation has grown well beyond PyTorch itself.',
    start: 312,
    fragment: ':~:text=The%20PyTorch%20Foundation%20has%20grown%20well%20beyond%20PyTorch%20itself.',
    projects: ['PyTorch'],
    tags: ['foundation'],
    createdAt: SAVED_AT + 4_000,
  }),
  highlight({
    id: 'c2a4e0d1-7b61-4f0a-8d2e-5a9b3c1d0005',
    articleId: pytorchArticle.id,
    exact: 'JAX is great engineering, and having a strong alternative keeps everyone honest.',
    start: 5630,
    fragment:
      ':~:text=JAX%20is%20great%20engineering%2C%20and%20having%20a%20strong%20alternative%20keeps%20everyone%20honest.',
    speaker: LUCA,
    projects: ['JAX'],
    tags: ['jax'],
    anchorState: 'orphaned',
    colour: 'pink',
    createdAt: SAVED_AT + 5_000,
  }),
  highlight({
    id: 'c2a4e0d1-7b61-4f0a-8d2e-5a9b3c1d0003',
    articleId: pytorchArticle.id,
    exact: 'Where do inference engines like vLLM and SGLang fit into that picture?',
    start: 2890,
    fragment: ':~:text=Where%20do%20inference%20engines%20like%20vLLM%20and%20SGLang%20fit%20into%20that%20picture%3F',
    speaker: FREDERIC,
    projects: ['vLLM', 'SGLang'],
    tags: ['inference'],
    anchorState: 'approximate',
    colour: 'blue',
    createdAt: SAVED_AT + 2_000,
  }),
];

/** Every kind of text that could turn into markup, break YAML or break lines. */
export const hostileArticle = article({
  id: 'hostile-article',
  url: 'https://example.org/q&a/a b/(draft)<1>',
  title: ': # [[x]] ---',
  site: '- The "Site" | #1',
  author: 'yes',
  published: 'Spring 2025',
});

export const HOSTILE_NOTE = [
  '<script>alert(1)</script> and <img src=x onerror=alert(2)>',
  '*bold* _italic_ snake_case ~~gone~~ ==marked== `code` $x^2$',
  '| table | row |',
  '|---|---|',
  '%%comment%% and 50% off, a = b',
  'See [[Secret note]] or ![[embed]] or [link](javascript:alert(3)) ^id',
  '#notatag and C# stay text; &amp; &#60;b&#62;',
  '',
  '',
  '    indented like code',
  '- not a list',
  '1. not a list either',
  '> not a quote',
  '---',
  '=',
  '```',
  'trailing spaces   ',
  'ends with a backslash \\',
  'Emoji 👩🏽‍💻🚀 survive; עברית נשארת; والعربية أيضًا.',
  'Windows\r\nline\rends and a\u2028line separator and a\u2029paragraph separator',
].join('\n');

export const hostileHighlights: HighlightRecord[] = [
  highlight({
    id: 'hostile-1',
    articleId: hostileArticle.id,
    exact: '- Ship it: #1 priority [[x]] %%hidden%% ^abc <b>now</b> 🚀',
    start: 10,
    fragment: ':~:text=Ship it)(<b>',
    speaker: { name: 'Dr. Ada "The Hacker" [[Lovelace]]', roles: ['CTO: Analytical Engines', '#1 fan'] },
    projects: ['Ray: the framework', 'true', 'null'],
    tags: ['tag with spaces', 'C++', 'nested/tag', '2024', '!!!', 'עברית'],
    note: HOSTILE_NOTE,
  }),
  highlight({
    id: 'hostile-2',
    articleId: hostileArticle.id,
    exact: 'שלום, זה ציטוט\r\nبالعربية أيضًا\u2028> and a fake quote line',
    start: 90,
    speaker: { name: 'דוד כהן', roles: ['מהנדס ראשי'] },
    tags: ['tag with spaces'],
    anchorState: 'orphaned',
  }),
];
