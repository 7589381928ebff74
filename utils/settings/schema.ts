import { z } from '../validation/zod';
import { COLOURS, DEFAULT_COLOUR } from '../paint/colours';

export const MAX_COLOUR_LABEL = 40;
export const MAX_DISABLED_SITES = 500;
const MAX_HOSTNAME = 253;

/** A site the reader switched the lens off for, stored the way page hostnames compare: lower-case, no final dot. */
const HostnameSchema = z
  .string()
  .overwrite((host) => host.trim().toLowerCase().replace(/\.$/, ''))
  .min(1, 'a site cannot be empty')
  .max(MAX_HOSTNAME, `a host name has at most ${MAX_HOSTNAME} characters`)
  .regex(z.regexes.hostname, 'is not a host name (like example.com)');

const ColourLabelSchema = z
  .string()
  .trim()
  .min(1, 'a colour name cannot be empty')
  .max(MAX_COLOUR_LABEL, `a colour name has at most ${MAX_COLOUR_LABEL} characters`);

/** Which names the lens underlines: every mention, the first of each name in each section, or none. */
export const UNDERLINE_DENSITIES = ['all', 'first', 'none'] as const;
const UnderlinesSchema = z.enum(UNDERLINE_DENSITIES);

/** How highlights are written out when exported as notes. */
const ExportOptionsSchema = z.strictObject({
  blockIds: z.boolean(),
  groupBySpeaker: z.boolean(),
  liveLinks: z.boolean().optional(),
});
const DisabledSitesSchema = z.array(HostnameSchema).max(MAX_DISABLED_SITES, `at most ${MAX_DISABLED_SITES} sites`);
const ColourLabelsSchema = z.partialRecord(z.enum(COLOURS), ColourLabelSchema);

/** The reader's preferences. Every field has a default, so `SettingsSchema.parse({})` is the fresh install. */
export const SettingsSchema = z.strictObject({
  /** Colour a new highlight gets from the toolbar button, the shortcut and the context menu. */
  defaultColour: z.enum(COLOURS).default(DEFAULT_COLOUR),
  /** The reader's own meaning for a colour ("disagree", "to quote"). */
  colourLabels: ColourLabelsSchema.default({}),
  exportOptions: z
    .strictObject({
      blockIds: ExportOptionsSchema.shape.blockIds.default(true),
      groupBySpeaker: ExportOptionsSchema.shape.groupBySpeaker.default(false),
      /** `[[links]]` and `#tags` the reader typed in notes stay live in Obsidian (off: shown as typed). */
      liveLinks: z.boolean().default(false),
    })
    .prefault({}),
  /** Hostnames where the lens stays off; their subdomains too (see isSiteDisabled). */
  disabledSites: DisabledSitesSchema.default([]),
  /** Switches the lens off everywhere until the reader resumes it. */
  paused: z.boolean().default(false),
  /** "PyTorch" underlined 37 times on one article is too much ink: by default, once per section. */
  underlines: UnderlinesSchema.default('first'),
});

/** A change the reader makes in the options page: only the fields given, with no defaults filled in. */
export const SettingsPatchSchema = z.strictObject({
  defaultColour: z.enum(COLOURS).optional(),
  colourLabels: ColourLabelsSchema.optional(),
  exportOptions: ExportOptionsSchema.optional(),
  disabledSites: DisabledSitesSchema.optional(),
  paused: z.boolean().optional(),
  underlines: UnderlinesSchema.optional(),
});
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
