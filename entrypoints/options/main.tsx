import ReactDOM from 'react-dom/client';
import { LensDatabase } from '@/utils/db/database';
import { App } from './App';
import '@/components/extension-page.css';

ReactDOM.createRoot(document.getElementById('root')!).render(<App db={new LensDatabase()} />);
