import { NAME, ROLE_WORDS } from './lexicon';
import type { Paragraph } from './paragraphs';
import type { People } from './people';

// "Luca Antiga, the head of … and the CTO of Lightning AI" · "said Jane Roe, CEO of Acme" ·
// "Maria Chen, a partner at Seedcamp" · "Jonathan Katz, a Postgres core contributor"
const APPOSITIVE = new RegExp(String.raw`(${NAME}|\p{Lu}[\p{L}’'-]+),\s+(?!(?:who|which|whose|where|when|and|but|said|says|told)\b)((?:the|a|an|our|its|his|her|der|die|le|la)\s+[^,;.!?“”"«»]{3,200}?|[^,;.!?“”"«»]{2,200}?)(?=[,;.!?]|\s+(?:who|which|whose|said|says)\b|$)`, 'gu');
// "Lightning AI CTO Luca Antiga" / "Inferna co-founder and CEO Leila Haddad"
const TITLE_BEFORE = new RegExp(String.raw`\b((?:\p{Lu}[\p{L}\d&.-]*\s+){0,3}(?:(?:co-)?founder and\s+)?(?:CEO|CTO|CFO|COO|CPO|founder|co-founder|Gründer|Geschäftsführer))\s+(${NAME})`, 'gu');
// "When Nadia Karimi joined Brightpath, a startup in Denver, as VP of engineering in 2022"
const JOINED_AS = new RegExp(String.raw`(${NAME})\s+(?:joined|became|serves|served|works|worked|started)\b[^.]{0,100}?\bas\s+((?:the|its|a|an)\s+)?([^,.;]{2,80}?)(?=\s+(?:in|at|since|for|from)\s+\d|[,.;]|$)`, 'gu');
/** A phrase that tells what happened is a sentence, not a role. */
const NOT_A_ROLE = /\b(sat|spoke|talked|said|says|told|joined|met|asked)\b/;

const stripArticle = (role: string) => role.replace(/^(?:the|a|an|our|its|his|her|der|die|le|la)\s+/i, '').trim();

/** The organisation at the end of a role: "CTO of end-to-end AI platform Lightning AI" → Lightning AI. */
export function organisationOf(role: string): string | undefined {
  if (!/\b(?:of|at|for|von|bei|der|des|chez|de|d’)\b/i.test(role)) return undefined;
  return role.match(/((?:\p{Lu}[\p{L}\d&.’'-]*)(?:\s+\p{Lu}[\p{L}\d&.’'-]*)*)\s*$/u)?.[1];
}

/** Splits "the head of X and the CTO of Y" into its roles ("CTO and co-founder of Z" stays one). */
function splitRoles(phrase: string): string[] {
  const roles: string[] = [];
  for (const part of phrase.split(/\s+and\s+|;\s*/)) {
    const role = stripArticle(part);
    // A part that is a role on its own, and names where (of/at), starts a new role.
    if (roles.length && ROLE_WORDS.test(role) && /\b(of|at|for)\b/.test(roles.at(-1)!)) roles.push(role);
    else if (roles.length) roles[roles.length - 1] += ` and ${part}`;
    else roles.push(role);
  }
  return roles.filter((role) => ROLE_WORDS.test(role));
}

/**
 * People the article introduces with a role, with the roles as it phrases them. A surname alone
 * ("Hightower, a former engineer at Google") counts when `fullName` knows whose it is.
 */
export function findIntroductions(paragraphs: readonly Paragraph[], people: People, fullName: (surname: string) => string | undefined): void {
  for (const { text } of paragraphs) {
    if (!ROLE_WORDS.test(text)) continue; // no role word, no introduction: skip the costly patterns
    for (const match of text.matchAll(APPOSITIVE)) {
      const name = match[1]!.includes(' ') ? match[1]! : fullName(match[1]!);
      if (!name || !people.canBePerson(name)) continue;
      if (NOT_A_ROLE.test(match[2]!)) continue;
      const roles = splitRoles(match[2]!);
      if (roles.length) people.add(name, roles, organisationOf(roles.at(-1)!));
    }
    for (const match of text.matchAll(JOINED_AS)) {
      const role = match[3]!.trim();
      if (people.canBePerson(match[1]!) && ROLE_WORDS.test(role)) people.add(match[1]!, [role]);
    }
    for (const match of text.matchAll(TITLE_BEFORE)) {
      if (people.canBePerson(match[2]!)) people.add(match[2]!, [match[1]!.trim()], organisationOf(`of ${match[1]!.replace(/\s*\S+$/, '')}`));
    }
  }
}
