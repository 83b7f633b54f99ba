import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The api serves dist/ at / in production; in dev, Vite proxies the api so the page and /graphql share an origin.
export default defineConfig({
  base: '/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    proxy: {
      '/graphql': 'http://127.0.0.1:4000',
      '/playground': 'http://127.0.0.1:4000',
    },
  },
});
