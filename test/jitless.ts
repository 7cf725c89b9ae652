// The mock backend runs in the test's page; a host page never runs it. Built before the page's
// Content Security Policy is in force, zod's schemas would compile themselves with `new Function`
// once it is: they are told not to, as zod decides on its own where eval is refused from the start.
import { config } from 'zod';

config({ jitless: true });
