// The document and edit types as the core serializes them (frontstage::model,
// frontstage::edit). Written by hand until the core generates them with ts-rs; keep in
// step with src/model/*.rs and src/edit/patch.rs.

export type LaneKind =
  | "evidence" | "customer" | "frontstage" | "backstage" | "support"
  | "time" | "emotion" | "policy" | "metrics" | "notes" | "custom";

export type LineKind =
  | "interaction" | "visibility" | "internal_interaction" | "order_penetration" | "implementation";

export interface Stage { id: string; name: string }

export interface Lane {
  id: string;
  kind: LaneKind;
  name: string;
  color?: string;
  collapsed?: boolean;
}

export interface Line { kind: LineKind; boundary: number }

export interface FailPoint { kind: "process" | "outcome" | "interaction" | "system"; recovery?: string }

export interface Card {
  id: string;
  lane: string;
  stage: string;
  order: number;
  text: string;
  notes?: string;
  channel?: "physical" | "digital" | "interpersonal" | "process";
  owner?: string;
  duration_seconds?: number;
  tolerance_seconds?: number;
  wait?: boolean;
  fail_point?: FailPoint;
  emotion?: number;
  tags?: string[];
}

export interface Connector {
  id: string;
  from: string;
  to: string;
  direction?: "one_way" | "two_way";
  label?: string;
}

export interface Blueprint {
  format: string;
  version: number;
  title: string;
  scenario?: string;
  persona?: string;
  description?: string;
  profile: string;
  rules?: Record<string, unknown>;
  stages: Stage[];
  lanes: Lane[];
  lines: Line[];
  cards: Card[];
  connectors: Connector[];
}

export interface Meta {
  title: string;
  scenario: string;
  persona: string;
  description: string;
  profile: string;
  rules: Record<string, unknown>;
}

export type Change =
  | { record: "meta"; before: Meta; after: Meta }
  | { record: "stages"; before: Stage[]; after: Stage[] }
  | { record: "lanes"; before: Lane[]; after: Lane[] }
  | { record: "lines"; before: Line[]; after: Line[] }
  | { record: "card"; id: string; before: Card | null; after: Card | null }
  | { record: "connector"; id: string; before: Connector | null; after: Connector | null };

export interface Patch { changes: Change[] }

/** Window and history state of the document, as the shell reports it. */
export interface Status {
  title: string;
  path: string | null;
  dirty: boolean;
  can_undo: boolean;
  can_redo: boolean;
  undo_label: string | null;
  redo_label: string | null;
}

export type ElementRef =
  | { kind: "document" }
  | { kind: "stage"; id: string }
  | { kind: "lane"; id: string }
  | { kind: "line"; id: LineKind }
  | { kind: "card"; id: string }
  | { kind: "connector"; id: string };

export type Severity = "info" | "warning" | "error";

export interface Diagnostic {
  rule: string;
  severity: Severity;
  message: string;
  elements: ElementRef[];
  hint: string;
}

export interface Point { x: number; y: number }
export interface Rect { x: number; y: number; w: number; h: number }
export interface TextLine { text: string; x: number; y: number; width: number }
export interface TextBlock { font_size: number; bold: boolean; centered: boolean; lines: TextLine[] }
export interface TitleBlock { element: ElementRef; title: TextBlock; subtitle: TextBlock }
export interface StageColumn { element: ElementRef; x: number; width: number; header: Rect; name: TextBlock }
export interface LaneBand {
  element: ElementRef; kind: LaneKind; y: number; height: number; band: Rect; header: Rect;
  name: TextBlock; note: TextBlock; fill: string; collapsed: boolean; hidden_cards: number;
}
export interface LineGeom {
  element: ElementRef; kind: LineKind; y: number; x1: number; x2: number; dash: string | null;
  color: string; label: TextBlock; label_box: Rect;
}
export type Tone = "alert" | "warn" | "neutral" | "good" | "info";
export type BadgeKind =
  | { type: "fail_point"; fail: string }
  | { type: "wait" }
  | { type: "emotion"; score: number }
  | { type: "time"; over_tolerance: boolean }
  | { type: "channel"; channel: string };
export interface Badge { kind: BadgeKind; tone: Tone; rect: Rect; font_size: number; label: TextLine }
export interface CardBox { element: ElementRef; rect: Rect; text: TextBlock; owner: TextBlock; badges: Badge[]; fail_point: boolean }
export interface Arrowhead { tip: Point; points: Point[] }
export interface ConnectorLabel { rect: Rect; text: TextBlock }
export interface ConnectorRoute {
  element: ElementRef; from: string; to: string; direction: "one_way" | "two_way"; points: Point[];
  arrowheads: Arrowhead[]; label: ConnectorLabel | null; to_collapsed: boolean; from_collapsed: boolean;
}
/** The core's layout (frontstage::layout::Scene): what the canvas and the SVG export draw. */
export interface Scene {
  width: number; height: number; title: TitleBlock; stages: StageColumn[]; lanes: LaneBand[];
  lines: LineGeom[]; connectors: ConnectorRoute[]; cards: CardBox[];
}

export interface View { doc: Blueprint; scene: Scene; diagnostics: Diagnostic[]; status: Status }
export interface Applied { patch: Patch; created: ElementRef[]; scene: Scene; diagnostics: Diagnostic[]; status: Status }
export interface Stepped { patch: Patch | null; scene: Scene; diagnostics: Diagnostic[]; status: Status }

/** Work left by a run that crashed or was killed. */
export interface Orphan { id: string; name: string; original: string | null; saved_at: number }

/** Errors from the shell: a stable code and a sentence. */
export interface AppError { code: string; message: string }

/** A user intent, as `frontstage::edit::Command` deserializes it (tagged by `type`). */
export type Command = { type: string } & Record<string, unknown>;
