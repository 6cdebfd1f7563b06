import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from "../knowledge/load.js";
import { writeSearchCache } from "../knowledge/search-cache.js";
import { writeYamlCache } from "../knowledge/yaml-cache.js";

// Run by `npm run build`, so the built bot starts without parsing YAML or building its search index; an edited
// file is simply parsed again, and an index built from other knowledge or other search code is built again.
const files = readdirSync(DEFAULT_KNOWLEDGE_DIR).filter((f) => f.endsWith(".yaml"));
writeYamlCache(files.map((f) => readFileSync(join(DEFAULT_KNOWLEDGE_DIR, f), "utf8")));
writeSearchCache(loadKnowledge());
