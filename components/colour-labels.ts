import { createContext } from 'react';
import type { ColourLabels } from '@/utils/paint/colours';

/** The reader's own names for the colours ("disagree"), from their settings, for every listed highlight. */
export const ColourLabelsContext = createContext<ColourLabels>({});
