// The UI's copy of the document, kept in step by applying the core's patches (the same
// patches the core keeps as undo entries), so the UI never re-fetches after an edit.

import type { Blueprint, Card, Connector, ElementRef, Lane, Line, Meta, Patch, Stage } from "./types";

/** What a patch touched, for redrawing only that. */
export interface Touched {
  structural: boolean;
  cards: Set<string>;
  connectors: Set<string>;
}

export class Mirror {
  meta: Meta;
  stages: Stage[];
  lanes: Lane[];
  lines: Line[];
  cards = new Map<string, Card>();
  connectors = new Map<string, Connector>();
  format: string;
  version: number;

  constructor(doc: Blueprint) {
    this.format = doc.format;
    this.version = doc.version;
    this.meta = {
      title: doc.title,
      scenario: doc.scenario ?? "",
      persona: doc.persona ?? "",
      description: doc.description ?? "",
      language: doc.language ?? "en",
      profile: doc.profile,
      rules: doc.rules ?? {},
      standard_seconds: doc.standard_seconds ?? null,
      display: doc.display ?? {},
      kpis: doc.kpis ?? [],
    };
    this.stages = doc.stages;
    this.lanes = doc.lanes;
    this.lines = doc.lines ?? [];
    for (const c of doc.cards ?? []) this.cards.set(c.id, c);
    for (const c of doc.connectors ?? []) this.connectors.set(c.id, c);
  }

  apply(patch: Patch): Touched {
    const touched: Touched = { structural: false, cards: new Set(), connectors: new Set() };
    for (const ch of patch.changes) {
      switch (ch.record) {
        case "meta":
          this.meta = ch.after;
          touched.structural = true;
          break;
        case "stages":
          this.stages = ch.after;
          touched.structural = true;
          break;
        case "lanes":
          this.lanes = ch.after;
          touched.structural = true;
          break;
        case "lines":
          this.lines = ch.after;
          touched.structural = true;
          break;
        case "card":
          if (ch.after) this.cards.set(ch.id, ch.after);
          else this.cards.delete(ch.id);
          touched.cards.add(ch.id);
          break;
        case "connector":
          if (ch.after) this.connectors.set(ch.id, ch.after);
          else this.connectors.delete(ch.id);
          touched.connectors.add(ch.id);
          break;
      }
    }
    return touched;
  }

  /** Whether the element exists in the document. */
  has(e: ElementRef): boolean {
    switch (e.kind) {
      case "document":
        return true;
      case "card":
        return this.cards.has(e.id);
      case "connector":
        return this.connectors.has(e.id);
      case "lane":
        return this.lanes.some((l) => l.id === e.id);
      case "stage":
        return this.stages.some((s) => s.id === e.id);
      case "line":
        return this.lines.some((l) => l.kind === e.id);
    }
  }

  /** Cards of one lane × stage cell, in their order. */
  cell(lane: string, stage: string): Card[] {
    const out: Card[] = [];
    for (const c of this.cards.values()) if (c.lane === lane && c.stage === stage) out.push(c);
    return out.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  }

  toBlueprint(): Blueprint {
    const byId = <T extends { id: string }>(m: Map<string, T>) =>
      [...m.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    // As the core writes it: the default language, no standard, default display settings
    // and no KPIs are left out.
    const { language, standard_seconds, display, kpis, ...meta } = this.meta;
    return {
      format: this.format,
      version: this.version,
      ...meta,
      ...(language === "en" ? {} : { language }),
      ...(standard_seconds === null ? {} : { standard_seconds }),
      ...(Object.keys(display).length === 0 ? {} : { display }),
      stages: this.stages,
      lanes: this.lanes,
      lines: this.lines,
      cards: byId(this.cards),
      connectors: byId(this.connectors),
      ...(kpis.length === 0 ? {} : { kpis }),
    };
  }
}
