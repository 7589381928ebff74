import ReactDOM from 'react-dom/client';
import { NoteEditor } from '@/components/note-editor/NoteEditor';
import '@/components/note-editor/note-editor.css';

// Framed by the lens inside a highlight's card: keys typed here reach this extension page only,
// never the web page around it (its listeners see keys typed anywhere in its own document).
const id = decodeURIComponent(location.hash.slice(1));
ReactDOM.createRoot(document.getElementById('root')!).render(<NoteEditor id={id} />);
