// The file a job process starts from: plain JavaScript, so that Node loads it as it is under `next start`, the
// custom `tsx server.ts` and Vitest alike; it registers tsx's loader, then runs the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./job-worker.ts");
