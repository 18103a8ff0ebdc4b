import { useEffect, useRef } from 'react';

// How long the new page may take to show its heading (a lazy page, then its data).
const WAIT_MS = 10_000;

/**
 * After a client-side navigation, keyboard focus goes to the new page's main heading, as a screen
 * reader user expects from a page load; the first load leaves focus where the browser put it. A page
 * often shows a heading while it loads and replaces it when its data arrives, which drops the focus
 * to the body: until the reader acts (a key or a click) or WAIT_MS pass, the focus follows the
 * heading that is there.
 */
export function useFocusOnNavigation(pathname: string) {
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the effect is for each new address
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById('main');
    if (!main) return;
    const focusHeading = () => {
      const active = document.activeElement;
      if (active && active !== document.body && active !== main && active.tagName !== 'H1') return;
      const heading = main.querySelector<HTMLElement>('h1');
      if (!heading || heading === active) return;
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus();
    };
    const observer = new MutationObserver(focusHeading);
    observer.observe(main, { childList: true, subtree: true });
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
      window.removeEventListener('keydown', stop, true);
      window.removeEventListener('pointerdown', stop, true);
    };
    const timer = setTimeout(stop, WAIT_MS);
    window.addEventListener('keydown', stop, true);
    window.addEventListener('pointerdown', stop, true);
    focusHeading();
    return stop;
  }, [pathname]);
}
