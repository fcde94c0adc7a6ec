/** `npm run bench -- <name>`: benchmarks print ratios against a baseline measured in the same run. */
const benches: Record<string, () => Promise<number>> = {
  bundles: async () => (await import('./bundles')).runBundleBench(),
};

const name = process.argv[2];
const bench = name ? benches[name] : undefined;
if (!bench) {
  console.error(`Usage: npm run bench -- <${Object.keys(benches).join('|')}>`);
  process.exit(2);
}
process.exitCode = await bench();
