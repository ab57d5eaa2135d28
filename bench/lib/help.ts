/** `--help` for a bench command: prints the usage (the command's doc comment, as text) and exits 0. */
export function helpAndExit(asked: boolean | undefined, usage: string): void {
  if (!asked) return;
  process.stdout.write(`${usage.trim()}\n`);
  process.exit(0);
}
