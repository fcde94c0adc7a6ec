import { parseArgs } from 'node:util';

/** Command-line options shared by `npm start` and `npm run job`. */
export function readArgs(argv = process.argv.slice(2)) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      reset: { type: 'boolean', default: false },
      port: { type: 'string' },
      at: { type: 'string' },
      scale: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  return { ...values, positionals };
}
