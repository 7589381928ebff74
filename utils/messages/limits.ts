/** Size limits shared by the zod schemas and the zod-free content scripts. */
export const MAX_QUOTE = 50_000;
export const MAX_CONTEXT = 1_000;
export const MAX_NOTE = 200_000;
export const MAX_TAGS = 50;
export const MAX_TAG = 64;
/** Projects kept per article: a long page may name hundreds; the library lists the first. */
export const MAX_ARTICLE_PROJECTS = 200;
