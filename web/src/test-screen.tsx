import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';
import type { Lang } from './format';
import { I18nContext, translator } from './i18n';

/**
 * A screen for a component test file (happy-dom): a fresh React root for each test. `render` draws a
 * node in a language and returns the text on screen; `container` is the element it is drawn in.
 */
export function useScreen() {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  let container: HTMLDivElement;
  let root: Root;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });
  return {
    get container(): HTMLDivElement {
      return container;
    },
    render(node: React.ReactNode, lang: Lang = 'zh'): string {
      act(() => root.render(<I18nContext.Provider value={{ lang, t: translator(lang), setLang: () => undefined }}>{node}</I18nContext.Provider>));
      return container.textContent ?? '';
    },
  };
}
