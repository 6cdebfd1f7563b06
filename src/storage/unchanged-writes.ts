import type { StorageAdapter } from "grammy";

/**
 * grammY's session writes a value back after every update that read it, changed or not: a Redis SET or a file
 * rewrite per message. This adapter remembers what each key held when read and skips writing the same back.
 * It relies on one key's updates being handled one at a time, as orderKeys makes them.
 */
export function skipUnchangedWrites<T>(storage: StorageAdapter<T>, maxRemembered = 10_000): StorageAdapter<T> {
  const seen = new Map<string, string>();
  return {
    read: async (key) => {
      const value = await storage.read(key);
      // An update that fails before its session is written back leaves its key here; the bound keeps that small.
      if (seen.size >= maxRemembered) seen.clear();
      if (value !== undefined) seen.set(key, JSON.stringify(value));
      return value;
    },
    write: async (key, value) => {
      const before = seen.get(key);
      seen.delete(key);
      if (before !== undefined && before === JSON.stringify(value)) return;
      await storage.write(key, value);
    },
    delete: async (key) => {
      seen.delete(key);
      await storage.delete(key);
    },
  };
}
