// A generated library of interviews: articles and highlights with realistic quotes, notes, tags,
// speakers and projects, the same on every call (plain data, usable in Node and in a page).
import type { ArticleRecord, HighlightRecord } from '../../utils/db/records';
import { COLOURS } from '../../utils/paint/colours';
import { seeded } from './article';

export const ARTICLES = 1_000;
export const HIGHLIGHTS = 10_000;
/** 2025-01-06, a fixed clock so every run builds the same records and files. */
export const NOW = 1_736_150_400_000;
export const HOUR = 3_600_000;

// Words a reader would search for. Each quote carries exactly one, and no other text holds any of
// them, so each matches a few hundred of the 10,000 highlights.
export const TOPICS = [
  'latency',
  'migration',
  'onboarding',
  'benchmarks',
  'governance',
  'observability',
  'deprecation',
  'sandboxing',
  'funding',
  'hiring',
  'licensing',
  'telemetry',
  'caching',
  'rollback',
  'sharding',
  'accessibility',
  'roadmap',
  'burnout',
  'compliance',
  'tooling',
  'documentation',
  'refactoring',
  'profiling',
  'packaging',
  'interop',
  'scheduler',
  'allocator',
  'consensus',
  'tokenizer',
  'firmware',
];
const PROJECTS = [
  'PyTorch',
  'Kubernetes',
  'Postgres',
  'SQLite',
  'Deno',
  'Rust',
  'Svelte',
  'Kafka',
  'Redis',
  'Ray',
  'vLLM',
  'Grafana',
  'Tailwind',
  'Bun',
  'Zig',
  'WebKit',
  'LLVM',
  'Django',
  'Rails',
  'Elixir',
  'DuckDB',
  'ClickHouse',
  'Nix',
  'Wasmtime',
  'Jupyter',
];
const FIRST_NAMES = [
  'Ada',
  'Luca',
  'Priya',
  'Zoë',
  'Sebastian',
  'Mei',
  'Kwame',
  'Ingrid',
  'Tomás',
  'Aiko',
  'Rahul',
  'Fatima',
  'Jonas',
  'Elena',
  'Yusuf',
  'Hannah',
  'Mateo',
  'Sofia',
  'Daniel',
  'Nadia',
];
const LAST_NAMES = [
  'Antiga',
  'Raman',
  'Brennan',
  'Ortega',
  'Okafor',
  'Lindqvist',
  'Nakamura',
  'Haddad',
  'Novak',
  'Fischer',
  'Moreau',
  'Kowalski',
  'Silva',
  'Chen',
  'Dubois',
  'Petrov',
  'Mensah',
  'Larsen',
  'Rossi',
  'Kim',
];
const ROLES = [
  'CTO',
  'co-founder',
  'staff engineer',
  'lead maintainer',
  'research lead',
  'head of product',
  'principal engineer',
  'VP of engineering',
];
const SITES: ReadonlyArray<[name: string, host: string]> = [
  ['The New Stack', 'thenewstack.io'],
  ['InfoQ', 'www.infoq.com'],
  ['Changelog', 'changelog.com'],
  ['LWN.net', 'lwn.net'],
  ['Increment', 'increment.com'],
  ['Software Engineering Daily', 'softwareengineeringdaily.com'],
  ['IEEE Spectrum', 'spectrum.ieee.org'],
  ['Ars Technica', 'arstechnica.com'],
  ['The Register', 'www.theregister.com'],
  ['Stack Overflow Blog', 'stackoverflow.blog'],
  ['Heise', 'www.heise.de'],
  ['Le Monde Informatique', 'www.lemondeinformatique.fr'],
  ['Quanta Magazine', 'www.quantamagazine.org'],
];
const TITLES: ReadonlyArray<(person: string, project: string) => string> = [
  (_, project) => `Why ${project} won`,
  (person, project) => `${person} on the future of ${project}`,
  (person, project) => `Inside ${project}: a conversation with ${person}`,
  (person, project) => `How ${project} ships releases, with ${person}`,
  (person, project) => `“We rewrote it twice”: ${person} on ${project}`,
  (person, project) => `${project} at ten years old — an interview with ${person}`,
];
const TAGS = [
  'to-quote',
  'strategy',
  'history',
  'open source',
  'community',
  'performance',
  'security',
  'ai',
  'career',
  'culture',
  'economics',
  'infra',
  'research',
  'design',
  'teaching',
  'ops',
  'databases',
  'compilers',
];
// The first sentence of a quote names its topic ({t}); the rest add length. {p} is a project.
const OPENINGS = [
  'We spent two years on {t} before anyone outside the team noticed.',
  'Honestly, {t} was the part of {p} nobody wanted to own.',
  'The turning point for {t} came when users started filing better bug reports.',
  'People think {t} is solved, and it really is not.',
  'If I could redo one thing in {p}, it would be how we handled {t}.',
  'Our {t} story was embarrassing for a long time.',
  'The trick with {t} is to make the boring path the fast one.',
  'Most of the {t} work happened on weekends at first.',
];
const SENTENCES = [
  'That changed how we thought about the whole project.',
  'It took a while, but the community came around.',
  'You have to ship something people can try in five minutes.',
  'We measured everything, and the numbers surprised us.',
  'The first version of {p} was written in a single summer.',
  'Nobody on the team had done this before, which helped.',
  'I still get emails about that decision.',
  'Companies started depending on it long before we were ready.',
  'We wrote the design down so newcomers could argue with it.',
  'The hardest part was saying no to good ideas.',
  'Every release since then has been smaller and calmer.',
  'It is the kind of work that only shows when it is missing.',
  'We borrowed a lot from how {p} did it.',
  'Small, boring improvements added up to a different product.',
];
const NOTES = [
  'Use this in the talk next month.',
  'Compare with what was said about {p} last year.',
  'Ask about this in the follow-up interview.',
  'A counterpoint to the usual story about how open source projects grow; worth a paragraph in the essay.',
  'Good opening line.',
  'Check whether the numbers quoted here were ever published.\nIf so, link them from the notes.',
  'Same argument as in the {p} piece, from the other side.',
];

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const chance = (random: Random, p: number) => random() < p;
const fill = (template: string, topic: string, project: string) =>
  template.replace('{t}', topic).replace('{p}', project);

/** A quote of 80–400 characters: a topic sentence, then others, cut at a word to a random length. */
function quoteText(random: Random, topic: string, project: string): string {
  const length = 80 + Math.floor(random() * 321);
  let text = fill(pick(random, OPENINGS), topic, project);
  while (text.length < length) text += ` ${fill(pick(random, SENTENCES), topic, project)}`;
  if (text.length <= length) return text;
  const cut = text.lastIndexOf(' ', length);
  // A long opening sentence is kept whole rather than cut inside a word.
  return cut >= 80 ? text.slice(0, cut) : text;
}

function article(
  random: Random,
  k: number,
): ArticleRecord & { interviewee: string; interviewer: string; project: string } {
  const [site, host] = pick(random, SITES);
  const interviewee = `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
  const interviewer = `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
  const project = pick(random, PROJECTS);
  const title = pick(random, TITLES)(interviewee, project);
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const url = `https://${host}/interviews/${slug}-${k}`;
  const firstSeenAt = NOW - (ARTICLES - k) * 8 * HOUR;
  return {
    id: `article-${k}`,
    url,
    urls: chance(random, 0.1) ? [url, `${url}/amp`] : [url],
    title,
    site,
    ...(chance(random, 0.7) && { author: interviewer }),
    ...(chance(random, 0.6) && { published: new Date(firstSeenAt - 2 * 24 * HOUR).toISOString().slice(0, 10) }),
    firstSeenAt,
    updatedAt: firstSeenAt + 6 * HOUR,
    interviewee,
    interviewer,
    project,
  };
}

function highlight(random: Random, n: number, source: ReturnType<typeof article>, start: number): HighlightRecord {
  const exact = quoteText(random, TOPICS[n % TOPICS.length]!, source.project);
  const createdAt = source.firstSeenAt + (n % 60) * 60_000;
  const anchor = random();
  const byInterviewee = chance(random, 0.8);
  return {
    id: `highlight-${n}`,
    articleId: source.id,
    quote: { type: 'TextQuoteSelector', exact, prefix: 'and then she said ', suffix: ' which is why it mattered' },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
    colour: pick(random, COLOURS),
    note: chance(random, 0.3) ? fill(pick(random, NOTES), '', source.project) : '',
    tags: [...new Set(Array.from({ length: Math.floor(random() * 4) }, () => pick(random, TAGS)))],
    ...(chance(random, 0.7) && { fragment: `:~:text=${encodeURIComponent(exact.split(' ').slice(0, 5).join(' '))}` }),
    ...(chance(random, 0.6) && {
      speaker: byInterviewee
        ? { name: source.interviewee, roles: [`${pick(random, ROLES)} of ${source.project}`] }
        : { name: source.interviewer, roles: [`editor at ${source.site}`] },
    }),
    ...(chance(random, 0.4) && {
      projects: [
        ...new Set([source.project, ...Array.from({ length: Math.floor(random() * 3) }, () => pick(random, PROJECTS))]),
      ],
    }),
    anchorState: anchor < 0.85 ? 'anchored' : anchor < 0.95 ? 'approximate' : 'orphaned',
    anchorCheckedAt: createdAt + HOUR,
    createdAt,
    updatedAt: createdAt,
  };
}

/**
 * The same library on every call (by default 1,000 articles and 10,000 highlights): each article
 * has at least one highlight.
 */
export function generateLibrary(
  articleCount = ARTICLES,
  highlightCount = HIGHLIGHTS,
): { articles: ArticleRecord[]; highlights: HighlightRecord[] } {
  const random = seeded(2025);
  const sources = Array.from({ length: articleCount }, (_, k) => article(random, k));
  const nextStart = new Array<number>(articleCount).fill(0);
  const highlights = Array.from({ length: highlightCount }, (_, n) => {
    const k = n < articleCount ? n : Math.floor(random() * articleCount);
    const start = (nextStart[k]! += 200 + Math.floor(random() * 3_000));
    return highlight(random, n, sources[k]!, start);
  });
  const articles = sources.map(({ interviewee, interviewer, project, ...record }): ArticleRecord => record);
  return { articles, highlights };
}
