import type { Api } from "grammy";

// Transformers every Api the bot uses must carry, including the fresh Api each conversation builds.
export function installApiPlugins(_api: Api): void {}
