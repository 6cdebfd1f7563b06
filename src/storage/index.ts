import { FileAdapter } from "@grammyjs/storage-file";
import { MemorySessionStorage, type StorageAdapter } from "grammy";
import { join } from "node:path";

export interface SessionData {
  lang?: "kk" | "ru" | "en";
}

export interface BotStorage {
  session: StorageAdapter<SessionData>;
  conversations: StorageAdapter<unknown>;
  close(): Promise<void>;
}

export function memoryStorage(): BotStorage {
  return {
    session: new MemorySessionStorage<SessionData>(),
    conversations: new MemorySessionStorage<unknown>(),
    close: async () => {},
  };
}

export function fileStorage(dir: string): BotStorage {
  return {
    session: new FileAdapter<SessionData>({ dirName: join(dir, "sessions") }),
    conversations: new FileAdapter<unknown>({ dirName: join(dir, "conversations") }),
    close: async () => {},
  };
}
