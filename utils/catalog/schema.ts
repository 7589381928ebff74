import { z } from '../validation/zod';

export const CATALOG_KINDS = [
  'ai-framework', 'inference', 'training', 'ml-tooling', 'model', 'cloud-native', 'database', 'data-streaming',
  'language', 'runtime', 'developer-tool', 'web-framework', 'observability', 'security', 'os', 'foundation', 'company',
  'person', 'event', 'other',
] as const;

const httpsUrl = z.url({ protocol: /^https$/ }).max(500);

/** A catalog entry as stored (the bundled catalog, or one the reader adds). */
export const CatalogEntrySchema = z
  .strictObject({
    name: z.string().trim().min(1).max(80),
    aliases: z.array(z.string().trim().min(1).max(80)).max(20),
    kind: z.enum(CATALOG_KINDS),
    description: z.string().trim().max(200),
    role: z.string().trim().min(1).max(120).optional(),
    organisation: z.string().trim().min(1).max(120).optional(),
    homepage: httpsUrl.optional(),
    repository: httpsUrl.optional(),
    ambiguous: z.boolean().optional(),
    context: z.array(z.string().trim().toLowerCase().min(2).max(40)).max(30).optional(),
    userAdded: z.boolean().optional(),
  })
  .refine((entry) => entry.kind === 'person' || entry.description.length >= 10, { message: 'say in at least 10 characters what it is', path: ['description'] })
  .refine((entry) => !entry.ambiguous || (entry.context?.length ?? 0) > 0, 'an ambiguous name needs context words');
