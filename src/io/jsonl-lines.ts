/**
 * Lines of a byte stream, for JSON Lines corpora far larger than memory: each line is held only until
 * it is yielded, and a line over `maxBytes` is skipped while it streams past (never buffered whole),
 * so one huge line costs at most `maxBytes` of memory and fails alone.
 */

export interface StreamLine {
  /** 1-based. */
  lineNo: number;
  /** The line without its end (`\n` or `\r\n`); null when it was longer than `maxBytes`. */
  bytes: Buffer | null;
  /** The line's length in bytes, line end excluded (counted even when it was too long to keep). */
  size: number;
  /** Bytes of the stream consumed up to the end of this line (its line end included). */
  offset: number;
}

const NEWLINE = 0x0a;
const CR = 0x0d;

export async function* splitLines(chunks: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<StreamLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let lineNo = 0;
  let offset = 0;
  const take = (piece: Buffer) => {
    size += piece.length;
    if (tooLong) return;
    // One byte of slack for a `\r` that turns out to belong to a `\r\n` line end.
    if (size > maxBytes + 1) {
      tooLong = true;
      parts = [];
    } else parts.push(piece);
  };
  const finish = (): StreamLine => {
    let bytes = tooLong ? null : parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    let length = size;
    if (bytes && bytes.length && bytes[bytes.length - 1] === CR) {
      bytes = bytes.subarray(0, bytes.length - 1);
      length -= 1;
    }
    if (bytes && bytes.length > maxBytes) bytes = null;
    lineNo += 1;
    const line = { lineNo, bytes, size: length, offset };
    parts = [];
    size = 0;
    tooLong = false;
    return line;
  };
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    let from = 0;
    for (let nl = chunk.indexOf(NEWLINE, from); nl !== -1; nl = chunk.indexOf(NEWLINE, from)) {
      take(chunk.subarray(from, nl));
      offset += nl + 1 - from;
      from = nl + 1;
      yield finish();
    }
    if (from < chunk.length) {
      take(chunk.subarray(from));
      offset += chunk.length - from;
    }
  }
  if (size > 0 || parts.length) yield finish();
}
