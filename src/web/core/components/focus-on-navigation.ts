import { useEffect, useRef } from 'react';

// How long to wait for the new page's heading (a lazy page and its data may take a moment).
const WAIT_MS = 3000;

/**
 * After a client-side navigation, keyboard focus goes to the new page's main heading (or to the main
 * region while there is none), as a screen reader user expects from a page load; the first load
 * leaves focus where the browser put it.
 */
export function useFocusOnNavigation(_pathname: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById('main');
    const started = performance.now();
    let frame = 0;
    const focusHeading = () => {
      const heading = main?.querySelector<HTMLElement>('h1');
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: false });
      } else if (performance.now() - started < WAIT_MS) {
        frame = requestAnimationFrame(focusHeading);
      } else {
        main?.focus();
      }
    };
    frame = requestAnimationFrame(focusHeading);
    return () => cancelAnimationFrame(frame);
  }, []);
}
