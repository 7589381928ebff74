import ReactDOM from 'react-dom/client';
import { LensDatabase } from '@/utils/db/database';
import { App } from './App';

/** Renders the popup; `release` closes the early connection once Dexie has opened its own. */
export function start(release: () => void): void {
  const db = new LensDatabase();
  db.open().then(release, release);
  ReactDOM.createRoot(document.getElementById('root')!).render(<App db={db} />);
}
