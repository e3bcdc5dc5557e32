/**
 * The detectors behind `lintOutreachMessage` (./lint.ts), one per finding. Each takes plain text
 * and returns what it found; wording and weights live in lint.ts. Pure module.
 */
import { firstNameOf } from "./merge-fields";
import {
  containsHandle,
  containsPhrase,
  findUrls,
  fold,
  handleFromUrl,
  parseUrl,
  sentences,
  stem,
  STOPWORDS,
  stripLinks,
  wholePhrase,
  words,
} from "./text";

// ─── Placeholders ────────────────────────────────────────────────────────────────────────────

/**
 * Template leftovers: `{{first_name}}`, `{brand}`, `[first name]`, `<first name>`, `*|FNAME|*`,
 * `%FIRSTNAME%`, `XXX`, `TODO`. Decision: a markdown link `[text](url)` is not a placeholder,
 * nor is a bracketed number (`[1]`, a footnote).
 */
const PLACEHOLDER_PATTERNS: readonly RegExp[] = [
  /\{\{[^{}]*\}\}/g,
  /(?<!\{)\{[^{}\n]{1,40}\}(?!\})/g,
  /\[(?!\s*\d+\s*\])[^[\]\n]{1,40}\](?!\()/g,
  /<\s*(?:your |their |first |full |last |brand |company |product )?(?:name|first name|brand|handle|link|url|product|company|date|platform|offer|fee|amount)\s*>/gi,
  /\*\|[A-Z0-9_]+\|\*/g,
  /%[A-Z][A-Z0-9_]{1,30}%/g,
  /\bX{3,}\b/g,
  /\bTODO\b/g,
];

export function findPlaceholders(text: string): string[] {
  const found: string[] = [];
  for (const pattern of PLACEHOLDER_PATTERNS) {
    for (const match of text.matchAll(pattern)) if (!found.includes(match[0])) found.push(match[0]);
  }
  return found;
}

// ─── Greeting ────────────────────────────────────────────────────────────────────────────────

const GREETING_WORD = /^(hi|hey|hello|hiya|heya|howdy|dear|greetings|good (morning|afternoon|evening)|yo|hola|bonjour|ciao)\b/;

/** The opening: first non-blank line, up to its first sentence end, at most 100 characters. */
export function openingOf(body: string): string {
  const line = body.split("\n").find((l) => l.trim() !== "") ?? "";
  return (line.trim().split(/(?<=[.!?])\s/)[0] ?? "").slice(0, 100);
}

export interface GreetingCheck {
  ok: boolean;
  opening: string;
  startsWithGreeting: boolean;
}

/**
 * The opening must address them: their first name, full name or handle (with or without "@").
 * "Hi there", "Dear influencer", "Hey babe", "Hello!" fail; so does an opening with no greeting
 * and no name ("I came across your page…").
 */
export function checkGreeting(body: string, name: string, handle: string): GreetingCheck {
  const opening = openingOf(body);
  const folded = fold(opening);
  const first = firstNameOf(name);
  const ok =
    (first !== "" && containsPhrase(folded, first)) ||
    (name.trim() !== "" && containsPhrase(folded, name)) ||
    (handle.trim() !== "" && containsHandle(folded, handle));
  return { ok, opening, startsWithGreeting: GREETING_WORD.test(folded.trim()) };
}

// ─── Specific appreciation ───────────────────────────────────────────────────────────────────

/**
 * One piece of content, singular on purpose: "your posts about skincare" praises a niche, not a
 * post ("series" is the exception that is its own plural).
 */
const CONTENT_NOUN =
  "(?:blog post|post|video|reel|story|tutorial|review|vlog|thread|tiktok|short|livestream|stream|carousel|episode|podcast|pin|photo|guide|series|unboxing|haul|recipe|grwm|article|breakdown|live)";

/** Words that say nothing about which piece of content: "your amazing latest reel". */
const GENERIC_WORDS = new Set(
  (
    "recent latest last newest new amazing great awesome beautiful lovely gorgeous stunning incredible fab " +
    "fabulous cute cool fun nice best fave favourite favorite whole entire other first older every all " +
    "content feed page account profile channel stuff things work vibe vibes aesthetic posted shared did " +
    "filmed put uploaded wrote published made recently week month year today yesterday insta ig tiktok " +
    "youtube instagram post video reel story everything anything something stuff things life topic topics " +
    "niche style"
  ).split(" "),
);

/** Signs that the sender says why it was good. */
const REASON =
  /\b(because|since|especially|particularly|the way you|how you|that you|when you|the part where|the bit where|made me|helped me|taught me|got me|convinced me|i learned|i learnt|i tried|i've been|so useful|so helpful|really useful|really helpful|genius|clever|honest|honesty|hilarious|detailed|practical|inspired|resonated|relatable|eye-opening|never thought|tips?|tricks?|explained|explanation)\b/;

function topicWords(text: string): string[] {
  return words(text).filter((w) => w.length >= 3 && !STOPWORDS.has(w) && !GENERIC_WORDS.has(stem(w)));
}

/**
 * A sentence that points at one piece of their content and says what it is about:
 * "your [modifiers] NOUN [about|on|where|… topic]" or "the/that NOUN you posted about …", where the
 * modifiers or the topic hold at least one non-generic word ("your morning skincare reel",
 * "your video on Lisbon tram routes"), or a quoted title follows the noun.
 */
function namesSpecificContent(sentence: string): boolean {
  const pattern = new RegExp(`\\b(your|the|that|this)\\s+((?:[\\p{L}\\p{N}'\\-]+\\s+){0,4}?)${CONTENT_NOUN}\\b(.{0,120})`, "gu");
  for (const match of sentence.matchAll(pattern)) {
    const determiner = match[1] ?? "";
    const modifiers = match[2] ?? "";
    const rest = match[3] ?? "";
    if (determiner !== "your" && !/^\s*(?:\S+\s+){0,3}?you\b/.test(rest)) continue;
    if (/^\s*(?:[-–—:,]\s*)?"[^"]{3,}"/.test(rest)) return true;
    const after = rest.match(
      /^\s*(?:(?:you|i)\s+\S+\s+)?(?:about|on|where|showing|featuring|with|of|covering|comparing|reviewing|for|in which|that|from|when|walking through|breaking down|testing|trying|explaining|using|around)\s+((?:\S+\s*){1,8})/,
    );
    const topic = [...topicWords(modifiers), ...topicWords(after?.[1] ?? "")];
    if (topic.length >= 1) return true;
  }
  return false;
}

export interface RecentPost {
  title?: string | undefined;
  url?: string | undefined;
}

/** Distinctive words of a title: stemmed, no stopwords, no generic words, at least 3 letters. */
export function distinctiveWords(title: string): string[] {
  return [...new Set(topicWords(title).map(stem))];
}

/**
 * Passes when the body (a) contains the recent post's URL (compared without protocol, "www.",
 * trailing slash; youtu.be = youtube.com/watch), (b) contains its title verbatim, or a sentence
 * that speaks to them ("your", "you posted…") holds at least min(2, n) of the title's n distinctive
 * words, or (c) names a specific piece of content (see `namesSpecificContent`) with a reason in
 * the same or the next sentence. Generic praise ("love your content/feed") and URLs to anything
 * else do not count: the linter cannot tell that another link is theirs.
 */
export function hasSpecificAppreciation(body: string, recentPost: RecentPost | undefined): boolean {
  const folded = fold(body);
  const postUrl = recentPost?.url ? parseUrl(recentPost.url) : null;
  if (postUrl && findUrls(body).some((u) => u.key === postUrl.key)) return true;

  const list = sentences(folded);
  const title = fold(recentPost?.title ?? "").trim();
  if (title.length >= 8 && folded.includes(title)) return true;
  const distinctive = distinctiveWords(title);
  if (distinctive.length > 0) {
    const needed = Math.min(2, distinctive.length);
    for (const sentence of list) {
      if (!/\byour?\b/.test(sentence)) continue;
      const present = new Set(words(sentence).map(stem));
      if (distinctive.filter((w) => present.has(w)).length >= needed) return true;
    }
  }

  return list.some((sentence, i) => namesSpecificContent(sentence) && (REASON.test(sentence) || REASON.test(list[i + 1] ?? "")));
}

// ─── Brand introduction and links ────────────────────────────────────────────────────────────

/**
 * The brand is introduced when its name appears in the body (spacing-insensitive: "Glow Labs" ~
 * "GlowLabs") inside an introduction: "I'm Sam from/at/with <brand>", "my name is … of <brand>",
 * "I work at/with/for <brand>", "I run/lead … at <brand>", "I founded <brand>", "we're <brand>",
 * "<brand> is a/an …", "<brand> makes/creates/sells …", "at <brand>, we …", "on behalf of
 * <brand>", or a signature role ("Partnerships lead, <brand>"). The name inside a URL, e-mail
 * address or @handle does not count.
 */
export function hasBrandIntro(body: string, brandName: string): { ok: boolean; brandNamed: boolean } {
  // Links, e-mail addresses and @handles are not the brand introducing itself ("glowlabs.com").
  const folded = fold(stripLinks(body));
  if (fold(brandName).trim() === "") return { ok: false, brandNamed: false };
  const b = wholePhrase(brandName, true);
  if (!new RegExp(b, "u").test(folded)) return { ok: false, brandNamed: false };
  const sentence = "[^.!?\\n]";
  const patterns = [
    `\\b(i'?m|i am|my name is)\\b${sentence}{0,80}?\\b(from|at|with|of|on behalf of)\\s+(the\\s+)?(team\\s+(at|of|behind)\\s+)?${b}`,
    `\\b(this is|it'?s|here'?s)\\s+\\p{L}+\\s+(here\\s+)?(from|at|with|of)\\s+(the\\s+)?(team\\s+(at|of|behind)\\s+)?${b}`,
    `\\bi\\s+(work|lead|run|manage|head|handle|look after)\\b${sentence}{0,60}?\\b(at|with|for|on|of)\\s+(the\\s+)?${b}`,
    `\\bi\\s+(run|founded|co-?founded|started|created|built|launched|own)\\s+${b}`,
    `\\b(we'?re|we are)\\s+${b}`,
    `${b}\\s+(is|are|was)\\s+(a|an|the|your)\\b`,
    `${b}\\s*(,\\s*)?(makes|creates|sells|designs|builds|crafts|offers|brews|bakes)\\b`,
    `\\bat\\s+${b}\\s*,?\\s*we\\b`,
    `\\bon behalf of\\s+${b}`,
    `\\b(founder|co-?founder|ceo|cmo|owner|manager|lead|director|coordinator|head of \\S+|marketing|partnerships|pr|community|team)\\b[^\\n]{0,25}?(\\bat\\b|\\bof\\b|,|@|–|—|-|\\|)\\s*(the\\s+)?${b}`,
  ];
  return { ok: patterns.some((p) => new RegExp(p, "u").test(folded)), brandNamed: true };
}

/**
 * Passes when the body links to the brand: one of `brandLinks` (same canonical URL), a URL on the
 * same website (for profile hosts such as instagram.com, the same account, not just the same
 * domain), a website whose domain contains the brand's name without spaces ("glowlabs.co.uk" for
 * "Glow Labs", 4+ letters), or the brand's @handle taken from its profile links (or "@glowlabs").
 */
export function hasBrandLink(body: string, brandName: string, brandLinks: readonly string[]): boolean {
  const urls = findUrls(body);
  const links = brandLinks.map(parseUrl).filter((u) => u !== null);
  const compact = fold(brandName).replace(/[^\p{L}\p{N}]/gu, "");

  for (const url of urls) {
    for (const link of links) {
      if (url.key === link.key) return true;
      const handle = handleFromUrl(link);
      if (handle !== null) {
        if (url.host === link.host && handleFromUrl(url) === handle) return true;
      } else if (url.host === link.host || url.host.endsWith(`.${link.host}`)) {
        return true;
      }
    }
    if (compact.length >= 4 && handleFromUrl(url) === null && url.host.replace(/[^a-z0-9]/g, "").includes(compact)) {
      return true;
    }
    if (compact.length >= 4 && handleFromUrl(url)?.replace(/[._]/g, "") === compact) return true;
  }

  const folded = fold(body);
  const handles = links.map(handleFromUrl).filter((h) => h !== null);
  if (compact.length >= 4) handles.push(compact);
  return handles.some((h) => containsHandle(folded, h, false));
}

// ─── The ask ─────────────────────────────────────────────────────────────────────────────────

const DELIVERABLE =
  /\b(blog posts?|blog articles?|youtube videos?|youtube shorts|posts?|reels?|videos?|stor(y|ies)|tiktoks?|reviews?|shorts|livestreams?|live ?streams?|carousels?|tutorials?|unboxings?|hauls?|articles?|tweets?|threads?|pins?|integrations?|shout-?outs?|giveaways?|ugc|grwms?|episodes?)\b/g;

const ASK_CUE =
  /\b(would you|would love|we'd love|we would love|love for you|love you to|are you open|open to|interested in|keen to|could you|can you|looking for|we'd like|we would like|propose|proposing|offer|offering|in exchange|in return|pay|paying|budget|fee|create|creating|make|making|film|filming|share|deliverables?|the brief|campaign|collab|collaboration|partnership|partner with|work together|team up|commission|includes?|involves?)\b/;
/** A count just before the deliverable ("two reels", "1 TikTok", "3x stories") is an ask cue too. */
const COUNT_BEFORE = /\b(one|two|three|four|five|six|\d+\s?x?)\s+(?:\S+\s+){0,2}$/;

/**
 * A deliverable is asked for when a sentence names one (reel, post, video, story, TikTok, review,
 * …) that is not theirs already ("your reel" is praise, not an ask) next to an ask cue ("would
 * you", "we'd love", "create", "in exchange", …) or right after a count ("two reels", "1 TikTok").
 */
export function hasDeliverableAsk(body: string): boolean {
  return sentences(fold(body)).some((sentence) => {
    for (const match of sentence.matchAll(DELIVERABLE)) {
      const before = sentence.slice(Math.max(0, (match.index ?? 0) - 40), match.index);
      if (/\b(your|their|his|her)\s+(?:\S+\s+){0,3}$/.test(before)) continue;
      if (ASK_CUE.test(sentence) || COUNT_BEFORE.test(before)) return true;
    }
    return false;
  });
}

const MONEY = /([$£€]\s?\d[\d,.]*\s?k?\b|\b\d[\d,.]*\s?k?\s?(usd|gbp|eur|dollars|pounds|euros|bucks)\b)/;
const PRODUCT =
  /\b(free (products?|samples?|kit|set|box|bundle|gift|pr|of charge|\S+ (set|kit|bundle|box|range))|for free|on the house|on us|complimentary|gifted|send you|sending you|ship you|mail you|pr (package|box)|product (gift|seeding)|samples?)\b/;
const COMMISSION =
  /(\d{1,2}(\.\d+)?\s?%[^.!?\n]{0,30}\b(commission|affiliate|of (every |each )?(sale|sales|revenue))|\b(commission|affiliate)\b[^.!?\n]{0,30}\d{1,2}(\.\d+)?\s?%)/;

/** Compensation: a fee with an amount ($300, £250, 300 USD), product (free product, "we'd send you…", samples), or a commission/affiliate percentage. */
export function hasCompensation(body: string): boolean {
  const folded = fold(body);
  return MONEY.test(folded) || PRODUCT.test(folded) || COMMISSION.test(folded);
}

const TIMING =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may \d|\d{1,2}(st|nd|rd|th)? may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}(st|nd|rd|th)|\d{1,2}\/\d{1,2}(\/\d{2,4})?|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2}|(next|this|within|in)\s+(\w+\s+)?(days?|weeks?|months?)|(by|before|until|from)\s+(the\s+)?(end|start|middle|mid)|mid-?(month|week|year|jan\w*|feb\w*|march|april|may|june|july|aug\w*|sept\w*|oct\w*|nov\w*|dec\w*)|deadline|go(es)? live|launch(es|ing)? (on|in)|timeline|asap|(this|next|in|by|early|late|mid)[- ](spring|summer|autumn|winter)|christmas|black friday|q[1-4])\b|\bdue\b(?! to)/;

/** Some sense of when: a date, month, weekday, "next week", "within 2 weeks", "by end of…", "deadline", "go live". */
export function hasTimeline(body: string): boolean {
  return TIMING.test(fold(body));
}
