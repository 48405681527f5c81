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
  showCase(id: string, notice?: string): void;
  /** `totpRequired`: the organisation requires an authenticator app this person has not set up. */
  showSecurity(totpRequired?: boolean): void;
  showAdmin(notice?: string): void;
  /** Forgets the keys and shows the sign-in form with `message`. */
  signOut(message: string): void;
  /** Re-reads the overdue counter in the header. */
  refreshMe(): void;
}

/** Whether the person handles cases (an admin-only person has no triage). */
export const handlesCases = (p: Person): boolean =>
  p.roles.includes("handler") || p.roles.includes("custodian");

/** Replaces the view and moves focus to its heading, so screen readers hear the change. */
export function mount(app: HTMLElement, ...nodes: Node[]): void {
  // A secret shown for printing (a recovery key) goes with the view that showed it.
  document.body.classList.remove("has-token");
  app.replaceChildren(...nodes);
  app.querySelector<HTMLElement>("h2[tabindex]")?.focus();
}
