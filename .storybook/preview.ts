import { type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { setupWorker } from 'msw/browser';
import manifest from '../custom-elements.json';
import { storyHandlers } from '../stories/support.js';

// Every docs page lists the attributes, properties, events, parts, slots, custom properties and
// states of its element, with their descriptions, from the generated manifest.
setCustomElementsManifest(manifest);

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
    // @storybook/addon-a11y runs axe on every story; a violation fails its test.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};
export default preview;
