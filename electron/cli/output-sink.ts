/**
 * Standard output that survives its reader going away. `galley reconstruct *.txt | head`
 * closes the pipe after a few lines; Node then emits EPIPE as an unhandled 'error' event and
 * the command died with a stack trace. The sink notes the close instead, drops later writes,
 * and tells the caller to stop reconstructing pages nobody will read.
 */

/** Where printed reconstructions go. */
export interface OutputSink {
  write(text: string): void;
  /** True once the reader has gone (or the stream failed): later writes are dropped. */
  readonly closed: boolean;
}

/**
 * Wraps `stream` (normally `process.stdout`). The error listener stays for the life of the
 * process: an EPIPE can arrive after the last write, when the command has already finished.
 */
export function createOutputSink(stream: NodeJS.WritableStream, reportError: (message: string) => void): OutputSink {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (!closed && error.code !== 'EPIPE') reportError(`could not write to standard output: ${error.message}`);
    closed = true;
  });
  return {
    write(text) {
      if (!closed) stream.write(text);
    },
    get closed() {
      return closed;
    },
  };
}
