// One element from its own entry, as a host that wants only the board writes it (README:
// `flexschil/elements/<tag>`): its events are typed without importing all of `flexschil`.
import 'flexschil/elements/assignment-list';

const board = document.querySelector('assignment-list');
board?.addEventListener('assignment-select', (event) => console.log(event.detail.assignment.title));
board?.addEventListener('filters-change', (event) => console.log(Object.keys(event.detail.filters)));
board?.addEventListener('flexschil-error', (event) => console.warn(event.detail.status));
