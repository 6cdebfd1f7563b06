import { fileURLToPath } from "node:url";

// This file runs from src/ under tsx and from dist/src/ once built; knowledge/ and locales/ stay at the project root.
const here = fileURLToPath(new URL(".", import.meta.url));
export const PROJECT_ROOT = fileURLToPath(
  new URL(/[/\\]dist[/\\]src[/\\]$/.test(here) ? "../../" : "../", import.meta.url),
);
