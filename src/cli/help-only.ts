import { parseArgs } from 'node:util';

/**
 * For a command that takes no arguments: `--help`/`-h` prints `help` and exits 0; anything else is
 * refused with exit code 2 before the command writes a file.
 */
export function helpOnly(name: string, help: string, args = process.argv.slice(2)): void {
  let values: { help?: boolean };
  try {
    ({ values } = parseArgs({ args, options: { help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false }));
  } catch (e) {
    process.stderr.write(`${name}: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}\nTry --help.\n`);
    process.exit(2);
  }
  if (values.help) {
    process.stdout.write(`${help}\n`);
    process.exit(0);
  }
}
