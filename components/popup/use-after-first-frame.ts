import { useEffect, useState } from 'react';

/**
 * False until the frame after `ready` first held has been painted, then true for good: the
 * first screen shows before heavier work (reading everything, drawing every row) holds the thread.
 */
export function useAfterFirstFrame(ready: boolean): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    if (!ready || after) return;
    // A timer set from an animation frame runs once that frame is painted.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setAfter(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, after]);
  return after;
}
