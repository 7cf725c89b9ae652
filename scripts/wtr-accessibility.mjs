// A test runner command: the browser's own accessibility tree (Chromium's, through the DevTools
// protocol), as a screen reader gets it: `executeServerCommand('accessibility-tree')` gives every
// node that is not ignored, as `{ role, name }` (in the tree's order, not the document's). (`a11ySnapshot` of
// @web/test-runner-commands needs Playwright's `page.accessibility`, which Playwright removed.)
export function accessibilityTree() {
  return {
    name: 'accessibility-tree',
    async executeCommand({ command, session }) {
      if (command !== 'accessibility-tree') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        return nodes.filter((node) => !node.ignored).map((node) => ({ role: node.role?.value ?? '', name: node.name?.value ?? '' }));
      } finally {
        await cdp.detach();
      }
    },
  };
}
