// Cards on the clipboard: the selected cards with their fields and the connectors
// between them, as JSON with a format tag (plus their texts as plain text for other
// apps), and the one batch command that pastes them. What comes off the clipboard is
// untrusted: it is validated field by field, and garbage yields null, never an exception.

import type { Mirror } from "../scene/mirror";
import type { Card, CardChanges, Channel, Command, Direction, FailKind, FailPoint } from "../scene/types";
import { cellKey, readingOrder } from "./card-moves";

export const CLIP_FORMAT = "frontstage-cards";
export const CLIP_VERSION = 1;
/** The clipboard type the JSON travels under (next to text/plain). */
export const CLIP_MIME = "application/x-frontstage-cards+json";
/** More than this is not a clipboard of cards a person made. */
const MAX_CARDS = 2000;
const MAX_TEXT = 100_000;

/** A card's fields besides its place. */
export type CardFields = Omit<Card, "id" | "lane" | "stage" | "order">;

export interface ClipCard extends CardFields {
  /** The card's id where it was copied: connectors name cards by it. */
  ref: string;
  lane: string;
  stage: string;
  /** Positions of its lane and stage, for pasting into a document without those ids. */
  lane_index: number;
  stage_index: number;
}

export interface ClipConnector {
  from: string;
  to: string;
  direction?: Direction;
  label?: string;
}

export interface Clip {
  format: typeof CLIP_FORMAT;
  version: number;
  cards: ClipCard[];
  connectors: ClipConnector[];
}

/** The cards `ids` (in reading order) and the connectors between them. */
export function copyCards(m: Mirror, ids: Iterable<string>): Clip | null {
  const wanted = new Set(ids);
  const order = readingOrder(m).filter((id) => wanted.has(id));
  if (order.length === 0) return null;
  const laneIndex = new Map(m.lanes.map((l, i) => [l.id, i]));
  const stageIndex = new Map(m.stages.map((s, i) => [s.id, i]));
  const cards = order.map((id): ClipCard => {
    const { id: ref, lane, stage, order: _order, ...fields } = structuredClone(m.cards.get(id)!);
    return {
      ref,
      lane,
      stage,
      lane_index: laneIndex.get(lane) ?? 0,
      stage_index: stageIndex.get(stage) ?? 0,
      ...fields,
    };
  });
  const inside = new Set(order);
  const connectors = [...m.connectors.values()]
    .filter((c) => inside.has(c.from) && inside.has(c.to))
    .map(({ from, to, direction, label }) => ({
      from,
      to,
      ...(direction ? { direction } : {}),
      ...(label ? { label } : {}),
    }));
  return { format: CLIP_FORMAT, version: CLIP_VERSION, cards, connectors };
}

/** The cards' texts, one per line, for other apps. */
export function plainText(clip: Clip): string {
  return clip.cards.map((c) => c.text.replace(/\s*\n\s*/g, " ")).join("\n");
}

// ---- validation -------------------------------------------------------------------

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max = MAX_TEXT): v is string => typeof v === "string" && v.length <= max;
const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < 1e6;
const CHANNELS: readonly Channel[] = ["physical", "digital", "interpersonal", "process"];
const FAIL_KINDS: readonly FailKind[] = ["process", "outcome", "interaction", "system"];
const DIRECTIONS: readonly Direction[] = ["one_way", "two_way"];

/** The optional fields that are valid; the others are dropped. */
function fieldsOf(o: Obj): Omit<CardFields, "text"> {
  const f: Omit<CardFields, "text"> = {};
  if (isStr(o.notes)) f.notes = o.notes;
  if (CHANNELS.includes(o.channel as Channel)) f.channel = o.channel as Channel;
  if (isStr(o.owner)) f.owner = o.owner;
  const seconds = (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 0xffff_ffff;
  if (seconds(o.duration_seconds)) f.duration_seconds = o.duration_seconds as number;
  if (seconds(o.tolerance_seconds)) f.tolerance_seconds = o.tolerance_seconds as number;
  if (typeof o.wait === "boolean") f.wait = o.wait;
  const fp = o.fail_point;
  if (isObj(fp) && FAIL_KINDS.includes(fp.kind as FailKind)) {
    f.fail_point = { kind: fp.kind as FailKind, ...(isStr(fp.recovery) ? { recovery: fp.recovery } : {}) };
  }
  if (Number.isInteger(o.emotion) && Math.abs(o.emotion as number) <= 2) f.emotion = o.emotion as number;
  if (Array.isArray(o.tags) && o.tags.length <= 100 && o.tags.every((t) => isStr(t, 200))) f.tags = [...o.tags];
  return f;
}

/** Read a clipboard of cards. Anything that is not one yields null. */
export function parseClip(text: unknown): Clip | null {
  if (typeof text !== "string" || text.length > 20 * MAX_TEXT) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObj(raw) || raw.format !== CLIP_FORMAT || raw.version !== CLIP_VERSION) return null;
  if (!Array.isArray(raw.cards) || raw.cards.length === 0 || raw.cards.length > MAX_CARDS) return null;
  const cards: ClipCard[] = [];
  const refs = new Set<string>();
  for (const c of raw.cards) {
    if (
      !isObj(c) ||
      !isStr(c.ref, 200) ||
      refs.has(c.ref) ||
      !isStr(c.lane, 200) ||
      !isStr(c.stage, 200) ||
      !isStr(c.text)
    )
      return null;
    refs.add(c.ref);
    cards.push({
      ref: c.ref,
      lane: c.lane,
      stage: c.stage,
      lane_index: isIndex(c.lane_index) ? c.lane_index : 0,
      stage_index: isIndex(c.stage_index) ? c.stage_index : 0,
      text: c.text,
      ...fieldsOf(c),
    });
  }
  const connectors: ClipConnector[] = [];
  for (const a of Array.isArray(raw.connectors) ? raw.connectors : []) {
    // A connector that does not join two of these cards is dropped, not fatal.
    if (
      !isObj(a) ||
      !isStr(a.from, 200) ||
      !isStr(a.to, 200) ||
      a.from === a.to ||
      !refs.has(a.from) ||
      !refs.has(a.to)
    )
      continue;
    connectors.push({
      from: a.from,
      to: a.to,
      ...(DIRECTIONS.includes(a.direction as Direction) ? { direction: a.direction as Direction } : {}),
      ...(isStr(a.label) && a.label ? { label: a.label } : {}),
    });
  }
  return { format: CLIP_FORMAT, version: CLIP_VERSION, cards, connectors };
}

// ---- pasting ----------------------------------------------------------------------

/**
 * Where pasted cards go. `after`: the first card's cell becomes the cell of card `card`
 * (right after it); the others keep their lane and stage offsets from the first.
 * `origin`: the cells they came from (by id, else by position), at the end.
 * `beside`: each right after its original (duplicate).
 */
export type Placement = { kind: "after"; card: string } | { kind: "origin" } | { kind: "beside" };

/** `n` card ids no element of the document has. */
export function freshCardIds(m: Mirror, n: number): string[] {
  const taken = new Set<string>([
    ...m.cards.keys(),
    ...m.connectors.keys(),
    ...m.lanes.map((l) => l.id),
    ...m.stages.map((s) => s.id),
  ]);
  const out: string[] = [];
  for (let i = m.cards.size + 1; out.length < n; i++) if (!taken.has(`c${i}`)) out.push(`c${i}`);
  return out;
}

const clamp = (i: number, len: number) => Math.max(0, Math.min(len - 1, i));

/** One batch that adds the clip's cards and connectors; `ids` are the new cards' ids. */
export function pasteCommand(
  m: Mirror,
  clip: Clip,
  placement: Placement,
  label = "Paste",
): { command: Command; ids: string[] } | null {
  if (m.lanes.length === 0 || m.stages.length === 0 || clip.cards.length === 0) return null;
  const laneIdx = (c: ClipCard) => {
    const i = m.lanes.findIndex((l) => l.id === c.lane);
    return i >= 0 ? i : clamp(c.lane_index, m.lanes.length);
  };
  const stageIdx = (c: ClipCard) => {
    const i = m.stages.findIndex((s) => s.id === c.stage);
    return i >= 0 ? i : clamp(c.stage_index, m.stages.length);
  };
  const anchor = placement.kind === "after" ? m.cards.get(placement.card) : undefined;
  if (placement.kind === "after" && !anchor) return pasteCommand(m, clip, { kind: "origin" }, label);
  const first = clip.cards[0]!;
  const ids = freshCardIds(m, clip.cards.length);
  const newId = new Map(clip.cards.map((c, i) => [c.ref, ids[i]!]));
  // The cells as the adds leave them, to give each add its index.
  const sim = new Map<string, string[]>();
  const cellIds = (lane: string, stage: string) => {
    const k = cellKey(lane, stage);
    if (!sim.has(k))
      sim.set(
        k,
        m.cell(lane, stage).map((c) => c.id),
      );
    return sim.get(k)!;
  };
  let lastInAnchorCell = anchor?.id;
  const commands: Command[] = [];
  clip.cards.forEach((c, i) => {
    let lane: string, stage: string, after: string | null;
    if (anchor) {
      const li = m.lanes.findIndex((l) => l.id === anchor.lane) + laneIdx(c) - laneIdx(first);
      const si = m.stages.findIndex((s) => s.id === anchor.stage) + stageIdx(c) - stageIdx(first);
      lane = m.lanes[clamp(li, m.lanes.length)]!.id;
      stage = m.stages[clamp(si, m.stages.length)]!.id;
      const inAnchorCell = lane === anchor.lane && stage === anchor.stage;
      after = inAnchorCell ? lastInAnchorCell! : null;
      if (inAnchorCell) lastInAnchorCell = ids[i];
    } else if (placement.kind === "beside" && m.cards.has(c.ref)) {
      const orig = m.cards.get(c.ref)!;
      lane = orig.lane;
      stage = orig.stage;
      after = c.ref;
    } else {
      lane = m.lanes[laneIdx(c)]!.id;
      stage = m.stages[stageIdx(c)]!.id;
      after = null;
    }
    const list = cellIds(lane, stage);
    const index = after === null ? list.length : list.indexOf(after) + 1;
    list.splice(index, 0, ids[i]!);
    commands.push({ type: "add_card", id: ids[i], lane, stage, index, text: c.text });
    const changes = changesOf(c);
    if (changes) commands.push({ type: "update_card", card: ids[i]!, changes });
  });
  for (const a of clip.connectors) {
    const from = newId.get(a.from);
    const to = newId.get(a.to);
    if (!from || !to) continue;
    commands.push({
      type: "add_connector",
      from,
      to,
      ...(a.direction ? { direction: a.direction } : {}),
      ...(a.label ? { label: a.label } : {}),
    });
  }
  return { command: { type: "batch", label, commands }, ids };
}

/** The fields add_card does not take, as an update; null when there are none. */
function changesOf(c: ClipCard): CardChanges | null {
  const ch: CardChanges = {};
  if (c.notes) ch.notes = c.notes;
  if (c.channel) ch.channel = c.channel;
  if (c.owner) ch.owner = c.owner;
  if (c.duration_seconds != null) ch.duration_seconds = c.duration_seconds;
  if (c.tolerance_seconds != null) ch.tolerance_seconds = c.tolerance_seconds;
  if (c.wait) ch.wait = c.wait;
  if (c.fail_point) ch.fail_point = c.fail_point as FailPoint;
  if (c.emotion != null) ch.emotion = c.emotion;
  if (c.tags?.length) ch.tags = c.tags;
  return Object.keys(ch).length ? ch : null;
}

/** Plain text from another app: one card per non-empty line (at most 200). */
export function clipFromText(text: unknown): Clip | null {
  if (typeof text !== "string" || text.length > MAX_TEXT) return null;
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 200);
  if (lines.length === 0) return null;
  const cards = lines.map((t, i): ClipCard => ({
    ref: `line${i}`,
    lane: "",
    stage: "",
    lane_index: 0,
    stage_index: 0,
    text: t,
  }));
  return { format: CLIP_FORMAT, version: CLIP_VERSION, cards, connectors: [] };
}
