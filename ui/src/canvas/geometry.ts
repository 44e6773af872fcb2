// Provisional geometry: lane bands, stage columns and stacked card boxes computed here
// until the core's layout (frontstage::layout::Scene) is exposed to the UI; then the
// canvas draws the Scene instead and this file goes away.

import type { Mirror } from "../mirror";

export const LABEL_W = 170;
export const HEADER_H = 44;
export const COL_W = 190;
export const CARD_W = 170;
export const CARD_H = 56;
export const GAP = 10;
export const PAD = 10;
export const COLLAPSED_H = 28;

export interface Box { x: number; y: number; w: number; h: number }

export interface Geometry {
  width: number;
  height: number;
  lanes: Map<string, Box>;
  stages: Map<string, Box>;
  cards: Map<string, Box>;
  /** y of the boundary below `i` lanes (0 = top of the first lane). */
  boundaryY: number[];
}

export function computeGeometry(m: Mirror): Geometry {
  const stageIndex = new Map(m.stages.map((s, i) => [s.id, i]));
  // Cards per cell, in order, in one pass over the cards.
  const cells = new Map<string, { id: string; order: number }[]>();
  for (const c of m.cards.values()) {
    const key = `${c.lane}\u0000${c.stage}`;
    let list = cells.get(key);
    if (!list) cells.set(key, (list = []));
    list.push({ id: c.id, order: c.order });
  }
  for (const list of cells.values()) list.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));

  const width = LABEL_W + m.stages.length * COL_W;
  const lanes = new Map<string, Box>();
  const cards = new Map<string, Box>();
  const boundaryY = [HEADER_H];
  let y = HEADER_H;
  for (const lane of m.lanes) {
    let most = 1;
    for (const s of m.stages) most = Math.max(most, cells.get(`${lane.id}\u0000${s.id}`)?.length ?? 0);
    const h = lane.collapsed ? COLLAPSED_H : PAD * 2 + most * (CARD_H + GAP) - GAP;
    lanes.set(lane.id, { x: 0, y, w: width, h });
    if (!lane.collapsed) {
      for (const s of m.stages) {
        const list = cells.get(`${lane.id}\u0000${s.id}`) ?? [];
        const col = stageIndex.get(s.id) ?? 0;
        list.forEach((c, i) => {
          cards.set(c.id, {
            x: LABEL_W + col * COL_W + (COL_W - CARD_W) / 2,
            y: y + PAD + i * (CARD_H + GAP),
            w: CARD_W,
            h: CARD_H,
          });
        });
      }
    }
    y += h;
    boundaryY.push(y);
  }
  const stages = new Map<string, Box>();
  m.stages.forEach((s, i) => stages.set(s.id, { x: LABEL_W + i * COL_W, y: 0, w: COL_W, h: y }));
  return { width, height: y, lanes, stages, cards, boundaryY };
}

/** Split text into at most `maxLines` lines of about `maxUnits` width units (a wide
 * CJK character counts two), with an ellipsis when it does not fit. */
export function wrapText(text: string, maxUnits: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  let units = 0;
  for (const ch of text.replace(/\s+/g, " ").trim()) {
    const u = isWide(ch) ? 2 : 1;
    if (units + u > maxUnits) {
      lines.push(line);
      if (lines.length === maxLines) {
        const last = lines[maxLines - 1] ?? "";
        lines[maxLines - 1] = last.slice(0, Math.max(0, last.length - 1)) + "…";
        return lines;
      }
      line = ch === " " ? "" : ch;
      units = ch === " " ? 0 : u;
    } else {
      line += ch;
      units += u;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function isWide(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x20000 && cp <= 0x3fffd);
}
