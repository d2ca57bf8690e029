/**
 * The deck font's text widths: DejaVu Sans advance widths, read from the fonts' hmtx tables
 * (`/usr/share/fonts/truetype/dejavu`). Pure (no vega), so chart specs can measure their own text
 * in Node and in the browser explorer alike.
 */
// Advance widths in thousandths of an em for U+0020..U+007E, then for the characters of EXTRA.
const EXTRA = "·–—×−…≥≤²→€£";
// prettier-ignore
const REGULAR = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636, 636,
  636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
  603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635,
  634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
  318, 500, 1000, 838, 838, 1000, 838, 838, 401, 838, 636, 636,
];
// prettier-ignore
const BOLD = [
  348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696, 696, 696,
  696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850,
  733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716,
  712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
  380, 500, 1000, 838, 838, 1000, 838, 838, 438, 838, 696, 696,
];
// Anything else (accents, other scripts) is taken at about DejaVu's typical lower-case width.
const OTHER = 620;

function advance(table: readonly number[], ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x20 && code <= 0x7e) return table[code - 0x20];
  const extra = EXTRA.indexOf(ch);
  return extra >= 0 ? table[95 + extra] : OTHER;
}

/**
 * Width of `text` in px when set in DejaVu Sans at `fontSize` px.
 * @param bold use the bold face's widths (titles).
 */
export function deckTextWidth(text: string, fontSize: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let thousandths = 0;
  for (const ch of text) thousandths += advance(table, ch);
  return (thousandths * fontSize) / 1000;
}
