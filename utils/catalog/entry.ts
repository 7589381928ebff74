/** One project, product, foundation or company the lens can explain. */
export interface CatalogEntry {
  name: string;
  aliases: string[];
  kind: string;
  /** One line, in our own words (a person the reader added may have none: their role says who they are). */
  description: string;
  /** A person's role and organisation, as the reader gave them. */
  role?: string;
  organisation?: string;
  homepage?: string;
  repository?: string;
  /** Also an ordinary word or another thing (Ray, Rust, Go): needs `context` or a link to count. */
  ambiguous?: boolean;
  /** Lower-case words that, near a mention, confirm the project meaning. */
  context?: string[];
  /** True for entries the reader added in the options page. */
  userAdded?: boolean;
}
