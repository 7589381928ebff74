import { openEarly } from '@/utils/db/open-early';
import '@/components/extension-page.css';

// The database's cold open overlaps loading the popup's code (React, Dexie), rather than following it.
const release = openEarly();
void import('./start').then(({ start }) => start(release));
