import { ROLE_WORDS } from './lexicon';

/**
 * Whether a word names what someone is or does ("CTO", "producer", "Virologe", "Beraterin"): a
 * word of the role lexicon, or a noun built like one (English and German agent nouns:
 * -er, -or, -ist, -ent, -ant, -eur, -loge, and their feminine -in).
 */

/** Function words that are built like agent nouns ("after", "other") or lead into names. */
const NOT_ROLES = new Set(
  'after under over never other whether either neither rather together later ever per her longer former latter water paper number member manner matter order power user customer partner letter winter summer weather better'
    .split(' ')
    .concat('aber oder immer wieder hinter unter über weiter sonder ober nieder später vorher nachher'.split(' ')),
);
const AGENT = /^\p{L}{3,}(?:er|or|ist|ent|ant|eur|euse|rice|loge|oge|ege|at|oph|graf|graph)(?:in(?:nen)?)?$/u;
const GERMAN_AGENT = /^\p{Lu}[\p{L}-]{2,}(?:er|or|ist|ent|ant|eur|loge|oge|ege|at|oph|graf|graph)(?:in|n|en)?$/u;

export function isRoleNoun(word: string): boolean {
  const bare = word.replace(/[’'](?:s)?$/, '');
  if (ROLE_WORDS.test(bare)) return true;
  const lower = bare.toLowerCase();
  if (NOT_ROLES.has(lower) || NOT_ROLES.has(lower.replace(/s$/, ''))) return false;
  // A capitalised agent noun is German ("Medienwissenschaftler"); lower-case ones are English ("showrunner").
  return /^\p{Lu}/u.test(bare) ? GERMAN_AGENT.test(bare) : AGENT.test(bare) && bare.length >= 6;
}

/** "dem Biologen" → "Biologe": German weak nouns take -n/-en after dem/den/des. */
export function nominative(role: string, article: string | undefined): string {
  if (!article || !/^(?:dem|den|des)$/i.test(article)) return role;
  return role.replace(
    /(\p{L}+(?:og|eg)e)n$|(\p{L}+(?:ist|ent|ant))en$/u,
    (_, weak?: string, strong?: string) => weak ?? strong ?? '',
  );
}

/** Whether a phrase is a role: a role noun among its first words ("selbständige Beraterin", "head of…"). */
export const leadsWithRole = (phrase: string): boolean => {
  const first = phrase.split(/\s+/, 4);
  return ROLE_WORDS.test(first.join(' ')) || first.some(isRoleNoun);
};
