import { z } from '../validation/zod';

export const CATALOG_KINDS = [
  'ai-framework',
  'inference',
  'training',
  'ml-tooling',
  'model',
  'cloud-native',
  'database',
  'data-streaming',
  'language',
  'runtime',
  'developer-tool',
  'web-framework',
  'observability',
  'security',
  'os',
  'foundation',
  'company',
  'person',
  'event',
  'other',
] as const;

const httpsUrl = z.url({ protocol: /^https$/ }).max(500);

/**
 * One project, product, foundation, company or person the lens can explain, as stored: the bundled
 * catalog, or one the reader adds.
 */
export const CatalogEntrySchema = z
  .strictObject({
    name: z.string().trim().min(1).max(80),
    aliases: z.array(z.string().trim().min(1).max(80)).max(20),
    kind: z.enum(CATALOG_KINDS),
    /** One line, in our own words (a person the reader added may have none: their role says who they are). */
    description: z.string().trim().max(200),
    /** A person's role and organisation, as the reader gave them. */
    role: z.string().trim().min(1).max(120).optional(),
    organisation: z.string().trim().min(1).max(120).optional(),
    homepage: httpsUrl.optional(),
    repository: httpsUrl.optional(),
    /** Also an ordinary word or another thing (Ray, Rust, Go): needs `context` or a link to count. */
    ambiguous: z.boolean().optional(),
    /** Lower-case words that, near a mention, confirm the project meaning. */
    context: z.array(z.string().trim().toLowerCase().min(2).max(40)).max(30).optional(),
    /** True for entries the reader added in the options page. */
    userAdded: z.boolean().optional(),
  })
  .refine((entry) => entry.kind === 'person' || entry.description.length >= 10, {
    message: 'say in at least 10 characters what it is',
    path: ['description'],
  })
  .refine((entry) => !entry.ambiguous || (entry.context?.length ?? 0) > 0, 'an ambiguous name needs context words');
export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;
