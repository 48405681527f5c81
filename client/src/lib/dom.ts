/**
 * The only way scripts here build DOM: elements from tag names, attributes set one by one, and text
 * always as text nodes. Nothing here parses HTML, so decrypted (untrusted) text cannot become markup.
 */

export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined>;

/** Makes an element; `true` sets a boolean attribute, `false`/`null`/`undefined` leave it out. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    // Event handler and style attributes would be blocked by the CSP anyway; refuse them early.
    if (/^on/i.test(name) || name === "style") throw new Error(`dom: attribute ${name} not allowed`);
    if (value === false || value === null || value === undefined) continue;
    el.setAttribute(name, value === true ? "" : String(value));
  }
  append(el, ...children);
  return el;
}

/**
 * Appends children, strings as text nodes. (Used instead of Element.append: the Workers types in the shared
 * tsconfig redeclare Element.append for HTMLRewriter.)
 */
export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(
      typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c,
    );
  }
}

/** Finds an element by id and checks its type, so a changed page fails loudly instead of silently. */
// (Unconstrained T: the Workers types in tsconfig redefine Element, which breaks `T extends HTMLElement`.)
export function byId<T>(id: string, type: { new (): T; prototype: T }): T {
  const el = document.getElementById(id);
  if (!(el instanceof type)) throw new Error(`dom: #${id} missing`);
  return el;
}

/** Sets a message region's text and shows it, or hides it when the text is empty. */
export function say(el: HTMLElement, text: string): void {
  el.textContent = text;
  el.hidden = text === "";
}

/** Lets the browser paint (e.g. a progress state) before a long synchronous computation starts. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
