#!/usr/bin/env node
// The `blotter` command: registers tsx's loader in this process, then runs the TypeScript CLI from
// source (there is no build step). Paths resolve from this file, so it works from any directory and
// through the symlink npm puts in node_modules/.bin.
import { register } from "tsx/esm/api";

register();
const { run } = await import("../src/cli/main.ts");
await run();
