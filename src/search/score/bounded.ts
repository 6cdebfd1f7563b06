/** A map that forgets everything once it holds `limit` keys: voters reuse their words, and memory stays bounded. */
export function bounded<V>(limit: number) {
  const map = new Map<string, V>();
  return {
    get: (key: string) => map.get(key),
    set(key: string, value: V) {
      if (map.size > limit) map.clear();
      map.set(key, value);
    },
  };
}
