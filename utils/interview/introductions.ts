import type { Steps } from '../pace/steps';
import { NAME, ROLE_WORDS } from './lexicon';
import type { Paragraph } from './paragraphs';
import { splitTitle } from './names';
import { trimName, type People } from './people';
import { isRoleNoun, leadsWithRole, nominative } from './role-words';

/**
 * How articles introduce people with their roles, each read at a name:
 * - after it, an appositive: "Luca Antiga, the head of … and the CTO of Lightning AI";
 * - after it, a copula: "Dana Reyes is a software engineer for Orbitline", "Jana Petersen ist Professorin für …";
 * - before it, a title: "Lightning AI CTO Luca Antiga", "veteran showrunner Sam Ortiz", "der Virologe Paul Richter";
 * - before it, "As a professor of economics at Halden, Mr Obi …";
 * - around it, German inversion: "Seit 2012 ist Friederike Gonzalez Schmitz selbständige Beraterin";
 * - "When Nadia Karimi joined Brightpath … as VP of engineering";
 * - after it, what they do: "Mei Lind, who runs data engineering at Fernhollow, said".
 */

const NAMES = new RegExp(String.raw`${NAME}|\p{Lu}[\p{L}’'-]+`, 'gu');
const RELATIVE =
  /^(?:[Ww]ho|[Ww]hich|[Ww]hose|[Ww]here|[Ww]hen|and|but|said|says|told|sagte|sagt|wie|wo|und|aber)\b|^(?:der|die|das|den|dem|dessen)\s+\p{Ll}/u;
// ", the head of … and the CTO of …" up to the clause's end.
const APPOSITIVE =
  /^,\s+((?:the|a|an|our|its|his|her|der|die|le|la)\s+[^;.!?]{3,200}?|[^;.!?]{2,200}?)(?=[,;.!?]|\s+(?:who|which|whose|said|says|sagte|sagt)\b|$)/u;
const COPULA =
  /^\s+(?:is|was|ist|war|est|serves as|works as|arbeitet als)\s+(?:(?:a|an|the|its|their|his|her|ein|eine|einer|der|die|un|une|le|la)\s+)?([^;.!?]{2,200})/u;
const AS_ROLE_BEFORE = /\b[Aa]s\s+(?:a|an|the)\s+([^,;.!?]{3,80}),\s+(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?$/u;
const IST_BEFORE = /\b(?:ist|war)\s+$/u;
/** "… is hosted by Dana Reyes", "moderiert von …": the show's host, the panel's moderator. */
const HOSTED_BY = /\b(?:(hosted)|(moderated))\s+by\s+$|\b(moderiert)\s+von\s+$/u;
const JOINED_AS =
  /^\s+(?:joined|became|serves|served|works|worked|started)\b[^.]{0,100}?\bas\s+(?:(?:the|its|a|an)\s+)?([^,.;]{2,80}?)(?=\s+(?:in|at|since|for|from)\s+\d|[,.;]|$)/u;
/**
 * ", who leads infrastructure at Acme," (what someone does, said as a clause) and ", who is now its
 * co-maintainer and handles releases," (what someone is), each up to the clause's end.
 */
const WHO_DOES =
  /^,\s+who\s+(?:((?:runs|leads|heads|manages|oversees|directs|co-founded|cofounded|founded|created|maintains|teaches|chairs)\s+[^,;.!?“”"]{3,100}?)|is\s+(?:now\s+|currently\s+|also\s+)?(?:the\s+|an?\s+)?([^,;.!?“”"]{3,100}?))(?=[,;.!?]|\s+and\s+\p{Ll}+s\b|\s+(?:said|says|told|tells)\b|$)/u;
/** A relative clause that ends an appositive's role: "a backend engineer she had met in Porto". */
const RELATIVE_CLAUSE = /\s+(?:she|he|they|who|whom|that|which)\s[\s\S]*$/u;
/** A phrase that tells what happened is a sentence, not a role. */
const NOT_A_ROLE = /\b(sat|spoke|talked|said|says|told|joined|met|asked)\b/;
/** Words that may stand before a role noun as part of the role ("veteran showrunner", "senior director"). */
const MODIFIERS =
  /^(?:veteran|senior|junior|former|longtime|long-time|chief|lead|principal|deputy|acting|interim|executive|managing|technical|general|founding|staff|ehemalige[rn]?|langjährige[rn]?|stellvertretende[rn]?|leitende[rn]?|selbständige[rn]?|selbstständige[rn]?|freie[rn]?|and|und|&)$/i;
const ARTICLE = /^(?:the|a|an|der|die|das|dem|den|des|ein|eine|einer|einem|einen|le|la|les|un|une)$/i;
/**
 * German puts the verb last, and an appositive that runs to the sentence's end without its closing
 * comma takes it along: "… mit Eva Lang, Leiterin bei Y geführt." A participle, or the object of
 * an interview idiom ("gibt … Antworten", "steht … Rede und Antwort"), is not part of the role.
 */
const GERMAN_CLAUSE_END =
  /\s+(?:(?:ab|an|auf|aus|durch|ein|mit|nach|vor|zu)?ge\p{Ll}{2,}(?:t|en)|Antworten|Auskunft|Einblicke?|Rede und Antwort)$/u;
/**
 * "Beraterin und lässt …": after "und", a lower-case word ending in -t is a verb (German adjectives
 * before a noun end in -e, -er, -en, -es, -em), and the roles end there; these adverbs are not.
 */
const GERMAN_VERB_AFTER_UND =
  /^(?!(?:seit|jetzt|erst|nicht|selbst|meist|zuletzt|derzeit|bereits|zunächst)\s)\p{Ll}+t\b/u;

const stripArticle = (role: string) =>
  role
    .replace(
      /^(?:(?:now|currently|formerly|today|jetzt|heute|the|a|an|our|its|his|her|their|der|die|dem|den|des|le|la|ein|eine|einer|einem)\s+)+/i,
      '',
    )
    .trim();

/** The organisation at the end of a role: "CTO of end-to-end AI platform Lightning AI" → Lightning AI. */
function organisationOf(role: string): string | undefined {
  if (!/\b(?:of|at|for|von|bei|der|des|chez|de|d’)\b/i.test(role)) return undefined;
  return role.match(/((?:\p{Lu}[\p{L}\d&.’'-]*)(?:\s+\p{Lu}[\p{L}\d&.’'-]*)*)\s*$/u)?.[1];
}

const EXECUTIVE =
  /\b(?:CEO|CTO|CFO|COO|CPO|CDO|founder|co-founder|cofounder|president|chief|VP|director|head|Geschäftsführer(?:in)?|Gründer(?:in)?|directeur|directrice|fondat(?:eur|rice))\b/i;

/** The role that names an employer: an executive title where one is given ("CTO of Lightning AI"), else the last role. */
const employerRole = (roles: readonly string[]) =>
  roles.find((role) => EXECUTIVE.test(role) && !/^head of\b.*\b(?:council|board|committee)\b/i.test(role)) ??
  roles.at(-1)!;

/**
 * Splits "the head of X and the CTO of Y" and "an embedded Rust trainer and author of Z" into their
 * roles; a bare title before "and" shares what follows ("CTO and co-founder of Z", "creator and sole maintainer").
 */
function splitRoles(phrase: string): string[] {
  const roles: string[] = [];
  const parts = phrase.split(/(\s+(?:and|und|et|sowie)\s+|;\s*)/); // pieces, with the separators between them
  for (let k = 0; k < parts.length; k += 2) {
    if (k > 0 && /^\s+und\s+$/.test(parts[k - 1]!) && GERMAN_VERB_AFTER_UND.test(parts[k]!)) break;
    const role = stripArticle(parts[k]!);
    const previous = roles.at(-1);
    const qualified =
      previous !== undefined && (/\b(?:of|at|for|von|bei|für)\b/.test(previous) || previous.split(/\s+/).length >= 3);
    if (previous !== undefined && leadsWithRole(role) && qualified) roles.push(role);
    else if (previous !== undefined) roles[roles.length - 1] += `${parts[k - 1]}${parts[k]}`;
    else roles.push(role);
  }
  return roles.filter((role) => ROLE_WORDS.test(role) || leadsWithRole(role));
}

/**
 * "Chief Evangelist von X, Data Science Professional, Stratege und Dozent" → each role ("für A und
 * B" stays whole). ", and a staff engineer at Y" is a role too; ", an open-source profiler built on
 * eBPF," after a name describes that name, unless it holds a word of the role lexicon.
 */
function listedRoles(phrase: string): string[] {
  const parts = phrase.split(/,\s+/).map((part) => part.replace(/^(?:and|und)\s+/, ''));
  return parts
    .filter((part, k) => !(k > 0 && /^an?\s/.test(part) && /\p{Lu}\S*$/u.test(parts[k - 1]!) && !ROLE_WORDS.test(part)))
    .flatMap(splitRoles)
    .filter((role) => !NOT_A_ROLE.test(role));
}

/** The title words right before a name: "veteran showrunner", "Publizist und Philosoph", "Lightning AI CTO". */
function roleBefore(before: string): string | undefined {
  if (!/\S $/.test(before)) return undefined; // the title stands right before the name
  const words = before.trimEnd().split(/\s+/);
  const last = words.at(-1);
  if (!last || /[^\p{L}’'-]/u.test(last) || !isRoleNoun(last)) return undefined;
  const role = [last];
  let article: string | undefined;
  for (let k = words.length - 2; k >= 0 && role.length < 5; k--) {
    const word = words[k]!;
    if (ARTICLE.test(word)) {
      article = word;
      break;
    }
    if (/[^\p{L}’'&-]/u.test(word)) break; // punctuation ends the phrase
    // An organisation's name stands before a title of the lexicon: "Foundry Lane partner", "Microsoft CEO".
    const joins = MODIFIERS.test(word) || isRoleNoun(word) || (/^\p{Lu}/u.test(word) && ROLE_WORDS.test(role.at(-1)!));
    if (!joins) break;
    role.unshift(word);
  }
  while (role.length && /^(?:and|und|&)$/i.test(role[0]!)) role.shift();
  return nominative(role.join(' '), article);
}

/**
 * People the article introduces with a role, with the roles as it phrases them. A surname alone
 * ("Hightower, a former engineer at Google") counts when `fullName` knows whose it is.
 */
export function* findIntroductions(
  paragraphs: ReadonlyArray<Pick<Paragraph, 'text'>>,
  people: People,
  fullName: (surname: string) => string | undefined,
): Steps<void> {
  for (const { text } of paragraphs) {
    yield; // a paragraph of a huge page may name many people, each read against the whole list
    for (const match of text.matchAll(NAMES)) {
      const start = match.index!;
      const end = start + match[0].length;
      const { name, title } = splitTitle(trimName(match[0]));
      const person = name.includes(' ') ? name : fullName(name);
      if (!person || !people.canBePerson(person)) continue;
      const after = text.slice(end, end + 240);
      const before = text.slice(Math.max(0, start - 120), start);
      const roles: string[] = [];
      if (title) roles.push(roleBefore(`${before}${title} `) ?? title);
      const whole = after.match(APPOSITIVE)?.[1];
      const appositive = whole?.replace(RELATIVE_CLAUSE, '');
      // Where the whole appositive ends, relative clause and all: a comma closes it.
      const appositiveEnd = whole ? after.indexOf(whole) + whole.length : 0;
      if (appositive && !RELATIVE.test(appositive) && !NOT_A_ROLE.test(appositive)) {
        const closed = after[appositiveEnd] === ',';
        roles.push(...splitRoles(closed ? appositive : appositive.replace(GERMAN_CLAUSE_END, '')));
      }
      // "Aiko Kimura, an independent developer in Osaka, is its creator and sole maintainer"
      const afterAppositive = whole ? after.slice(appositiveEnd).replace(/^,/, '') : '';
      const copula = (after.match(COPULA) ?? afterAppositive.match(COPULA))?.[1];
      if (copula) roles.push(...listedRoles(copula));
      if (IST_BEFORE.test(before))
        roles.push(...listedRoles(after.replace(/^\s+/, '').split(/[.;!?]/, 1)[0]!).slice(0, 1));
      const who = after.match(WHO_DOES);
      const does = who?.[1] ?? (who?.[2] && leadsWithRole(who[2]) ? who[2] : undefined);
      if (does) roles.push(does);
      const joined = after.match(JOINED_AS)?.[1]?.trim();
      if (joined && ROLE_WORDS.test(joined)) roles.push(joined);
      if (name.includes(' ')) {
        const titled = roleBefore(before);
        if (titled) roles.push(titled);
      }
      const hosted = before.match(HOSTED_BY);
      if (hosted) roles.push(hosted[1] ? 'host' : hosted[2] ? 'moderator' : 'Moderation');
      const asRole = before.match(AS_ROLE_BEFORE)?.[1];
      if (asRole && leadsWithRole(asRole)) roles.push(asRole.trim());
      if (roles.length) people.add(person, [...new Set(roles)], organisationOf(employerRole(roles)));
    }
  }
}
