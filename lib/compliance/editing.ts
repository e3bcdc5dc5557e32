/**
 * Does a text say its image/video was filtered or edited? (README "Domain rules": Disclosure, US, and the seed guide's
 * "editing/filtering product results without disclosure" no-no.)
 *
 * Counts (case-insensitive, whole words): #filtered #filter #filterused #edited #editedphoto
 * #retouched #photoshopped #facetuned #beautyfilter; "filtered", "filter used", "used a filter",
 * "with a filter", "edited", "retouched", "photoshopped", "facetuned", "digitally altered/
 * enhanced/edited", "photo enhanced", "AR filter", "beauty filter".
 * Does not count: negations in the same clause ("not edited", "no filter", "without filters"),
 * #nofilter, #unedited, #noedit, "unedited", "unretouched" (those claim the opposite).
 */

import { findHashtags } from "./hashtags";
import { isNegated } from "./text-utils";

const EDIT_TAGS = /^(?:filtered|filter|filterused|filters|edited|editedphoto|retouched|photoshopped|facetuned|beautyfilter|arfilter)$/i;
const EDIT_WORDS =
  /(?<![\p{L}\p{N}_#@-])(?:filtered|filter\s+used|used\s+an?\s+(?:\w+\s+)?filter|with\s+an?\s+(?:\w+\s+)?filter|(?:ar|beauty|face)\s+filter|edited|retouched|photoshopped|facetuned|digitally\s+(?:altered|enhanced|edited)|photo\s+enhanced)(?![\p{L}\p{N}_])/giu;

/** True when `text` discloses filtering or editing (rules above). Empty text → false. */
export function disclosesEditing(text: string): boolean {
  if (findHashtags(text).some((t) => EDIT_TAGS.test(t.body))) return true;
  for (const m of text.matchAll(EDIT_WORDS)) {
    if (!isNegated(text, m.index)) return true;
  }
  return false;
}
