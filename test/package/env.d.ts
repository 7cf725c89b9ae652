// How a Vue app turns on the types: one line in its env.d.ts (or `"types": ["flexschil/vue"]`).
/// <reference types="flexschil/vue" />
