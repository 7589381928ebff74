/** One project, product, foundation or company the lens can explain. */
export interface CatalogEntry {
  name: string;
  aliases: string[];
  kind: string;
  /** One line, in our own words. */
  description: string;
  homepage?: string;
  repository?: string;
  /** Also an ordinary word or another thing (Ray, Rust, Go): needs `context` or a link to count. */
  ambiguous?: boolean;
  /** Lower-case words that, near a mention, confirm the project meaning. */
  context?: string[];
  /** True for entries the reader added in the options page. */
  userAdded?: boolean;
}
