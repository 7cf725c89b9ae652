import type { Preview } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { setupWorker } from 'msw/browser';
import { storyHandlers } from '../stories/support.js';

const preview: Preview = {
  // One worker with every story's handlers: they survive the addon's reset between stories.
  loaders: [
    mswLoader(async () => {
      const worker = setupWorker(...storyHandlers);
      await worker.start({ quiet: true, onUnhandledFrame: 'bypass' } as Parameters<typeof worker.start>[0]);
      return worker;
    }),
  ],
  parameters: {
    layout: 'padded',
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};
export default preview;
