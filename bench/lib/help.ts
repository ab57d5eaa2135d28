/** `--help` for a bench command: prints its usage text and exits 0; does nothing when not asked. */
export function helpAndExit(asked: boolean | undefined, usage: string): void {
  if (!asked) return;
  process.stdout.write(`${usage.trim()}\n`);
  process.exit(0);
}
