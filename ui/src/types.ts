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

export interface Applied { patch: Patch; created: unknown[]; status: Status }
export interface Stepped { patch: Patch | null; status: Status }

/** Errors from the shell: a stable code and a sentence. */
export interface AppError { code: string; message: string }

/** A user intent, as `frontstage::edit::Command` deserializes it (tagged by `type`). */
export type Command = { type: string } & Record<string, unknown>;
