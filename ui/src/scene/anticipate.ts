// Asking the core to prepare a drop's answer while the card is still dragged
// (src-tauri/src/anticipation.rs), and keeping the answer: a drop at the place last
// prepared draws it at once, and the core then only runs the command. One request at a
// time, and only the latest waits: a pointer crossing many places must not queue work
// the drop then waits behind.

import type { Command, Prepared } from "./types";

export class Anticipator {
  /** The request the core is working on. */
  private asked: { key: string; answer: Promise<Prepared | null> } | null = null;
  private next: Command | null = null;
  /**
   * The latest answer, while it is the one the core holds: the core keeps one
   * preparation, which the next request replaces.
   */
  private answered: { key: string; prepared: Prepared } | null = null;
  /** A drop that used an answer is running in the core: nothing is asked before it is done. */
  private held = false;

  constructor(private prepare: (command: Command) => Promise<Prepared | null>) {}

  /** Prepare `command` after the request in flight, instead of any waiting one. */
  ask(command: Command): void {
    if (this.asked || this.held) this.queue(command);
    else this.request(command);
  }

  // Queueing, asking and the answer are methods of their own: the benchmark marks each
  // (bench/phases.ts).

  /** Wait with `command` until the core is free. */
  private queue(command: Command): void {
    this.next = command;
  }

  /** Ask the core to prepare `command` now. */
  private request(command: Command): void {
    const key = JSON.stringify(command);
    this.answered = null;
    // A refusal only means nothing is prepared: the drop runs the command itself.
    const answer = this.prepare(command).catch(() => null);
    this.asked = { key, answer };
    void answer.then((prepared) => this.receive(key, prepared));
  }

  /** The core's answer to the request in flight. */
  private receive(key: string, prepared: Prepared | null): void {
    this.asked = null;
    this.answered = prepared ? { key, prepared } : null;
    this.askNext();
  }

  /** Forget the waiting request (the drag ended: the drop's own command goes next). */
  drop(): void {
    this.next = null;
  }

  /**
   * The answer prepared for `command`, if the core holds it: at once when it is in, or
   * when the request in flight is for it. Any other edit makes what is kept stale, so
   * this forgets it either way; `null` forgets everything (undo, a new view).
   */
  take(command: Command | null): Prepared | Promise<Prepared | null> | null {
    this.next = null;
    // Every edit comes here: a large batch is not serialized when nothing is kept.
    if (!this.asked && !this.answered) return null;
    const key = command ? JSON.stringify(command) : null;
    const answered = this.answered;
    this.answered = null;
    if (this.asked) return this.asked.key === key ? this.asked.answer.then(() => this.take(command)) : null;
    return answered && answered.key === key ? answered.prepared : null;
  }

  /** Ask nothing until `running` (the drop that used an answer) is done in the core. */
  hold(running: Promise<unknown>): void {
    this.held = true;
    void running
      .catch(() => undefined)
      .finally(() => {
        this.held = false;
        this.askNext();
      });
  }

  private askNext(): void {
    const next = this.next;
    this.next = null;
    if (next) this.ask(next);
  }
}
