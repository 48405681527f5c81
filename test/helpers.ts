/**
 * Helpers shared by the Node suites. Typed errors let a test assert the kind of a failure, not just that
 * something threw.
 */

/** An error class whose instances carry a stable `code`. */
// biome-ignore lint/suspicious/noExplicitAny: any constructor signature
type Coded = abstract new (...args: any[]) => Error & { code: string };

/**
 * `codeOfError(DirectiveError)` gives `codeOf(f)`: the code of the `DirectiveError` that `f` throws,
 * `undefined` when it throws nothing; any other error is rethrown, so the test fails loudly.
 */
export function codeOfError(type: Coded) {
  return (f: () => unknown): string | undefined => {
    try {
      f();
    } catch (e) {
      if (e instanceof type) return e.code;
      throw e;
    }
    return undefined;
  };
}
