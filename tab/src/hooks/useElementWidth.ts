import { useCallback, useState } from 'react';

/**
 * The width of an element as it changes (a window resized, a phone turned, Teams' side panel opened):
 * attach the returned ref to the element. Undefined until it is laid out.
 */
export function useElementWidth<T extends HTMLElement>(): [(element: T | null) => void, number | undefined] {
  const [width, setWidth] = useState<number>();
  const ref = useCallback((element: T | null) => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
