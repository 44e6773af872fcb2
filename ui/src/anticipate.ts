// Asking the core to prepare a drop's answer while the card is still dragged
// (src-tauri/src/anticipation.rs). One request at a time, and only the latest waits:
// a pointer crossing many places must not queue work the drop then waits behind.

import type { Command } from "./types";
import { mark } from "./timing";

export class Anticipator {
  private busy = false;
  private next: Command | null = null;

  constructor(private prepare: (command: Command) => Promise<unknown>) {}

  /** Prepare `command` after the request in flight, instead of any waiting one. */
  ask(command: Command): void {
    if (this.busy) {
      mark("antic:queued");
      this.next = command;
      return;
    }
    this.busy = true;
    mark("antic:asked");
    // A refusal only means nothing is prepared: the drop runs the command itself.
    this.prepare(command)
      .catch(() => undefined)
      .finally(() => {
        mark("antic:answered");
        this.busy = false;
        const next = this.next;
        this.next = null;
        if (next) this.ask(next);
      });
  }

  /** Forget the waiting request (the drag ended: the drop's own command goes next). */
  drop(): void {
    this.next = null;
  }
}
