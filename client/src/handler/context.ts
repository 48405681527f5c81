/** What the handler views share: the signed-in person, their identity (memory only) and navigation. */
import type { Config } from "../lib/config";
import type { Me } from "../lib/types";

export type Person = Me["person"];

export interface Ctx {
  /** The element views render into. */
  app: HTMLElement;
  person: Person;
  /** The handler's private age identity, opened from the sealed copy at sign-in. Never stored. */
  identity: string;
  config: Config | null;
  /** A handler API call; an ended session signs the page out before the error reaches the caller. */
  call<T>(method: string, path: string, body?: unknown): Promise<T>;
  showTriage(): void;
  showCase(id: string): void;
  /** Re-reads the overdue counter in the header. */
  refreshMe(): void;
}

/** Replaces the view and moves focus to its heading, so screen readers hear the change. */
export function mount(app: HTMLElement, ...nodes: Node[]): void {
  app.replaceChildren(...nodes);
  app.querySelector<HTMLElement>("h2[tabindex]")?.focus();
}
