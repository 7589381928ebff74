/** Words the analyser recognises, English first, with German and French speech verbs. */

import { lazyPattern } from './lazy-pattern';

export const SPEECH_VERBS =
  'said|says|say|explained|explains|noted|notes|argued|argues|argue|stressed|stresses|told|tells|added|adds|continued|continues|recalled|recalls|remarked|observed|observes|insisted|insists|admitted|admits|acknowledged|acknowledges|emphasized|emphasizes|emphasised|emphasises|pointed out|points out|asked|asks|replied|replies|answered|answers|warned|warns|joked|jokes|wrote|writes|laughed|quipped|described|describes|agreed|agrees|countered|counters|suggested|suggests|predicted|predicts|concluded|concludes|mused|shared|shares|put it|puts it|sagt|sagte|erklärt|erklärte|betont|betonte|meint|meinte|ergänzt|ergänzte|so|dit|explique|affirme|ajoute|souligne|estime|précise|raconte|confie|poursuit|résume|indique|assure|insiste';

/**
 * Verbs that say who spoke only with a name, pronoun or role beside them ("“…,” reveals Nair"):
 * alone they also stand beside titles and terms ("Apple revealed its new “…”"), so they do not
 * make words a quote.
 */
export const ATTRIBUTION_VERBS = `${SPEECH_VERBS}|reveals|revealed|recounts|recounted|remembers|remembered|confirms|confirmed|concedes|conceded|cautions|cautioned|declares|declared|responds|responded|boasts|boasted|erzählt|erzählte`;

/** Words in a title or description that name an interview, a conversation, or something else. */
export const INTERVIEW_WORDING =
  /\b(interview(?:s|ed)?|q\s?&\s?a|transcript|ask me anything|ama|in conversation with|im gespräch|entretien)\b/i;
export const CONVERSATION_WORDING =
  /\b(podcast|fireside chat|sat down with|talks? with|speaks? with|spoke with|chats? with)\b/i;
/** Words that make a conversation of turns a transcript (of a show, a talk, a recording). */
export const TRANSCRIPT_WORDING = /\b(transcript|podcast|episode|fireside chat|mitschrift|wortlaut|sendung|folge)\b/i;
export const NOT_INTERVIEW_WORDING =
  /\b(interview (?:process|questions? for|tips|prep)|job interview|hiring|careers?|we(?:'|’)re hiring|apply now|recipe)\b/i;

const MEETING_ENGLISH = String.raw`\b(?:I|[Ww]e)\s+(?:recently\s+|also\s+|finally\s+|first\s+)?(?:sat down with|spoke (?:with|to)|talked (?:with|to)|chatted with|caught up with|interviewed|met (?:up )?with|met (?:him|her|them)\b|ask(?:ed)? (?:him|her|them)\b)`;
const MEETING_GERMAN = String.raw`\b(?:[Ii]ch|[Ww]ir)\s+(?:sprach(?:en)?|haben|habe)\s+`;
const MEETING_PHRASES = String.raw`\b(?:im Gespräch mit|in conversation with|[Rr]encontre avec)\b`;
const MEETING_FRENCH = String.raw`\bnous (?:reçoit|a reçus?|confie|a confié|explique|raconte)\b`;
/** The writer quoting their own question: "“Is it still the moat?” I asked". */
const MEETING_ASKED = String.raw`\?[”"»]\s*(?:I|we) asked\b`;

/**
 * The writer meeting someone, in the first person: "I sat down with", "we spoke to", "I asked her",
 * "ich sprach mit", "im Gespräch mit", « Rencontre avec… », « …, nous confie-t-elle », "“…?” I asked".
 */
export const MEETING = lazyPattern(
  [
    MEETING_ENGLISH,
    String.raw`${MEETING_GERMAN}(?:\p{L}+\s+){0,3}?(?:mit|gesprochen)\b`,
    MEETING_PHRASES,
    MEETING_FRENCH,
    MEETING_ASKED,
  ].join('|'),
  'u',
);

/** Found wherever MEETING is (its German branch cut before the letter classes), and cheap to compile. */
export const MEETING_HINT = lazyPattern(
  [MEETING_ENGLISH, MEETING_GERMAN, MEETING_PHRASES, MEETING_FRENCH, MEETING_ASKED].join('|'),
  'u',
);

/** A speaker talking about themselves (or their team): interview answers do, FAQ answers rarely. */
export const FIRST_PERSON =
  /(?:^|[^\p{L}])(?:I|I['’](?:m|ve|d|ll)|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Ii]ch|[Mm]ir|[Mm]ich|[Mm]ein(?:e[nmrs]?)?|[Ww]ir|[Uu]ns(?:er(?:e[nmrs]?)?)?|[Jj]e|[Jj]['’]|[Mm]oi|[Nn]ous)(?![\p{L}])/u;

/**
 * One person speaking of themselves: a guest's answer ("most of my week"), or a reader's own
 * question in an FAQ ("When can I turn it on?").
 */
export const FIRST_PERSON_SINGULAR =
  /(?:^|[^\p{L}])(?:I|I['’](?:m|ve|d|ll)|[Mm]y|[Mm]e|[Ii]ch|[Mm]ir|[Mm]ich|[Mm]ein(?:e[nmrs]?)?|[Jj]e|[Jj]['’]|[Mm]oi)(?![\p{L}])/u;

/** A question put to someone: interviewers address their guest, FAQs and essays ask for the reader. */
export const SECOND_PERSON =
  /(?:^|[^\p{L}])(?:[Yy]ou(?:r|rs|rself)?|Sie|Ihr(?:e[nmrs]?)?|Ihnen|[Dd]u|[Dd]ein(?:e[nmrs]?)?|[Dd]ich|[Dd]ir|[Ee]uch|[Ee]uer|[Vv]ous|[Vv]otre|[Tt]u|[Tt]oi)(?![\p{L}])/u;

export const PRONOUNS = 'he|she|they|He|She|They|er|sie|Er|Sie|il|elle|Il|Elle';

/** A person's name as articles write it: two to four capitalised words, with name particles. */
export const NAME = String.raw`\p{Lu}[\p{L}’'.-]*\p{L}(?:\s+(?:(?:de|van|von|der|den|da|di|la|le|du|dos|del|bin|al|ter)\s+)?\p{Lu}[\p{L}’'.-]*\p{L}){1,3}`;

/** Nouns that make a phrase a role ("the CTO of…", "a partner at…", "Geschäftsführer von…"). */
export const ROLE_WORDS =
  /\b(?:ceo|cto|cfo|coo|cpo|cdo|ciso|vp|svp|evp|chief|head|founder|co-?founder|director|engineer|maintainer|creator|co-?creator|author|co-?author|professor|partner|lead|leading|leader|manager|president|chair|chairman|chairwoman|member|principal|architect|researcher|scientist|developer|contributor|editor|analyst|fellow|advocate|evangelist|host|moderator|investor|executive|officer|owner|inventor|designer|consultant|strategist|producer|showrunner|reporter|correspondent|writer|journalist|expert|professional|spokes(?:man|woman|person)|geschäftsführer(?:in)?|(?:mit)?gründer(?:in)?|leiter(?:in)?|leitung|entwickler(?:in)?|vorstand|chef(?:in)?|experte|expertin|sprecher(?:in)?|berater(?:in)?|dozent(?:in)?|(?:mit-)?initiator(?:in)?|(?:co)?fondat(?:eur|rice)|directeur|directrice|ingénieure?|développeu(?:r|se))s?\b/i;

/** Capitalised words that start sentences or headings and are never people. */
export const NOT_NAMES = new Set(
  'The This That These Those There Then When While What Why How Who Where And But Or For With From Into After Before During Our Your Their His Her Its We You They It In On At As If So Yet Q A Mr Ms Mrs Dr Prof Read More Related Subscribe Share Comments Editor Note Update Photo Image Credit Source Tech News Open Source Der Die Das Dem Den Des Ein Eine Einer Le La Les Un Une Zum Zur Im Am Beim Vom Auf Mit Nach Bei Für Über Unter Vor Seit Wie Was Warum Wer Wo Als Auch Aber Und Oder Doch Noch Schon Nur Jetzt Heute Dann Hier'
    .split(' ')
    .concat(["I'm", 'I’m']),
);

/** Last words of company, institution and event names, never of a person's: "Havelstein Capital", "ShipIt Summit". */
export const ORGANISATION_ENDINGS = new Set(
  'Capital Ventures Partners Labs Systems Technologies Technology Group Holdings Industries Software Solutions Networks Analytics Consulting Studios Media Foundation Institute University College Bank Inc Ltd LLC Corp Corporation Company GmbH AG SE KG Verlag Stiftung Universität Institut Gruppe Summit Conference Festival Expo Meetup Symposium Podcast Magazine Journal Newsletter'.split(
    ' ',
  ),
);

/** Words that credit the interviewer: "Interview: …", "Die Fragen stellte …", "Interviewed by …" (matched ignoring case). */
export const INTERVIEWER_CREDIT =
  'interview|interviewed by|interview by|interview von|die fragen stellten?|fragen|das gespräch führten?|das interview führten?|gesprächsführung|moderation|propos recueillis par|entretien réalisé par|posted by';

/** Bylines that name a desk, not a person. */
export const NOT_A_PERSON_BYLINE =
  /\b(team|staff|editorial|editors|desk|newsroom|redaktion|rédaction|contributors?)\b/i;

/** Words after which a quoted span is a title, not speech ("the book “Deep Learning with PyTorch”"). */
export const TITLE_CUES =
  /(?:\bso-called|\bthe (?:term|word|phrase)|\bknown as|\b(book|novel|film|movie|paper|article|essay|talk|keynote|album|song|series|show|episode|podcast|report|study|titled|entitled|called|named|dubbed|co-?authored|wrote|published))\s+(?:the\s+)?$/i;
