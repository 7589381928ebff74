import { createContext } from 'react';
import type { ColourLabels as Labels } from '@/utils/paint/colours';

/** The reader's own names for the colours ("disagree"), from their settings, for every listed highlight. */
export const ColourLabels = createContext<Labels>({});
