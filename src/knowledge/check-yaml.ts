import { readFileSync } from "node:fs";
import { parseDocument } from "yaml";
import type { z } from "zod";

/** The entry id a problem with a whole file is reported under. */
export const FILE_LEVEL = "(file)";

export type Report = (file: string, entryId: string, field: string, message: string) => void;

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
export const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : [];

/** A YAML file as data, or undefined after reporting why it cannot be read or parsed (each error on its line). */
export function readYaml(path: string, name: string, report: Report): unknown {
  let source: string;
  try {
    source = readFileSync(path, "utf8");
  } catch (err) {
    report(name, FILE_LEVEL, "(file)", `cannot read: ${(err as Error).message}`);
    return undefined;
  }
  const doc = parseDocument(source);
  if (doc.errors.length > 0) {
    for (const e of doc.errors)
      report(name, FILE_LEVEL, "(yaml)", (e.message.split("\n")[0] ?? e.message).replace(/:$/, ""));
    return undefined;
  }
  return doc.toJS() as unknown;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur = data;
  for (const key of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

export function zodIssues(error: z.ZodError, data: unknown): { path: PropertyKey[]; message: string }[] {
  return error.issues.map((issue) => {
    const missing = issue.code === "invalid_type" && valueAt(data, issue.path) === undefined;
    return { path: issue.path, message: missing ? "is missing" : issue.message };
  });
}
