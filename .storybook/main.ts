import type { StorybookConfig } from '@storybook/web-components-vite';
import { msw } from 'msw/vite';
import { mergeConfig } from 'vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  viteFinal: (config) =>
    mergeConfig(config, {
      // Serves (and, when building, writes) msw's worker script; see SETUP.md.
      plugins: [msw({ mode: 'worker-only' })],
      // Without these Storybook's dev server can load two copies of Lit.
      optimizeDeps: { include: ['lit', 'lit/directive-helpers.js', '@lit/context', '@lit/task', 'zod/mini'] },
    }),
};
export default config;
