import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Vendor chunks change less often than our code, so browsers keep them across releases; the phone pages load
 * only the `react` one. Higher priority claims a module first.
 */
const vendorChunks = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
  {
    name: 'mui',
    test: /node_modules[\\/](@mui|@emotion|@popperjs|react-transition-group|stylis)[\\/]/,
    priority: 2,
  },
  // fflate stays out: only the import template's download loads it, on demand.
  { name: 'react-admin', test: /node_modules[\\/](?!fflate[\\/])/, priority: 1 },
];

/**
 * Three pages from one build: the supervisors' console at `/`, the enterprises' phone pages at `/m/` and the
 * public pages (no login) at `/public/`.
 * The local gateway and CloudFront serve `admin/dist` as it is; `npm run build:admin` runs this.
 */
export default defineConfig({
  root,
  base: '/',
  // admin/public/ is the public pages' entry (/public/agencies), not a folder of files to copy as they are.
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      input: {
        console: `${root}index.html`,
        m: `${root}m/index.html`,
        public: `${root}public/index.html`,
      },
      output: {
        codeSplitting: { groups: vendorChunks },
      },
    },
  },
});
