/** wrangler.toml rewritten for a copy in another folder: absolute paths, no [build] step. */
export function wranglerConfigCopy(toml: string, root: string, opts?: { assetsDir?: string }): string;
