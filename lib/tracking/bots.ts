// Is a click a person? (pure). `isbot` knows crawlers and most link unfurlers; the list below names
// the preview fetchers that must never count as clicks, so a change in isbot's list can't let them
// in. In-app browsers (Instagram, TikTok, Facebook's FBAN/FBAV, Snapchat) are people and stay
// clicks: isbot does not list them, and tests/unit/tracking-bots.test.ts holds both sides.
import { isbot } from "isbot";

/** Link-preview fetchers of chat apps and social networks, matched anywhere in the user agent. */
export const PREVIEW_FETCHERS =
  /slackbot|slack-imgproxy|facebookexternalhit|facebot|twitterbot|whatsapp\/|telegrambot|discordbot|linkedinbot|applebot|google-pagerenderer|skypeuripreview|pinterestbot|redditbot|embedly|iframely|vkshare|bitlybot|mastodon\/|bingpreview/i;

/** True for a bot or a link-preview fetcher; an empty or missing user agent counts as a bot. */
export function isBotUserAgent(ua: string | null | undefined): boolean {
  if (!ua || !ua.trim()) return true;
  return isbot(ua) || PREVIEW_FETCHERS.test(ua);
}
