import { type ParseArgsConfig, parseArgs } from "node:util";

/**
 * parseArgs for a terminal tool: `--help` or `-h` prints the usage and exits 0; an unknown or malformed option
 * prints what was wrong and the usage and exits 2, never a stack trace.
 */
export function toolArgs<T extends ParseArgsConfig>(
  tool: string,
  usage: string,
  config: T,
  argv = process.argv.slice(2),
) {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs({ ...config, args: argv });
  } catch (err) {
    const { code, message } = err as { code?: string; message: string };
    const option = /'([^']+)'/.exec(message)?.[1];
    const what = code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option ? `unknown option ${option}` : message;
    console.error(`${tool}: ${what}\n${usage}`);
    process.exit(2);
  }
}
