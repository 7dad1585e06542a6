#!/usr/bin/env node
import { fileURLToPath } from "node:url";
import { start } from "../dist/launch.js";

await start(fileURLToPath(new URL("../dist/", import.meta.url)));
