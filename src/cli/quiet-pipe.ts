/**
 * A terminal tool whose reader went away (`ask … | head -1`) stops quietly, as `cat` does, instead of printing
 * "Error: write EPIPE" with a stack trace. Any other write error is still thrown.
 */
export function exitQuietlyWhenOutputCloses(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(0);
    throw err;
  });
}
