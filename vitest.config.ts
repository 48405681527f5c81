import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const testDb = fileURLToPath(new URL("./test/api/db.node.ts", import.meta.url));

// Vitest's default is one worker fewer than the cores: on a 2-core machine one worker, so every file
// ran after the other. The Node files use both cores; then the Chromium files run two at a time, since
// a browser file mostly waits (on its own server, on Chromium, on a TOTP step).
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: { "#test-db": testDb } },
        test: {
          name: "node",
          include: ["test/**/*.test.ts"],
          exclude: ["test/browser/**", "test/workers/**", "node_modules/**"],
          testTimeout: 30_000,
          // No test mocks or stubs anything, and each makes its own app and database: the files share
          // their workers' module cache instead of importing the app again for each file.
          isolate: false,
          maxWorkers: Math.max(2, availableParallelism() - 1),
        },
      },
      {
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Each file starts its own server on a free port with its own data folder and its own Chromium.
          maxWorkers: 2,
          // Projects with their own worker counts run one after the other: the Node files first.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
