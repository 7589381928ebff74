/** The custom element holding the lens's UI; its name marks it as ours (see OWN_UI_TAG_PREFIX). */
export const UI_TAG = 'interview-lens-ui';

/**
 * Mounts a closed shadow root at the end of `doc.body`; returns its host, the root, and the element
 * to render into.
 * Written here rather than through WXT's helper, which removes the UI when WXT's page-visible
 * "script started" event arrives (a page can forge it). Gone when `signal` aborts.
 */
export function mountShadowHost(
  doc: Document,
  css: string,
  isolateEvents: readonly string[],
  signal: AbortSignal,
): { host: HTMLElement; shadow: ShadowRoot; container: HTMLElement } {
  const host = doc.createElement(UI_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  // Page styles on the host element (`* { … }`, `interview-lens-ui { display: none }`) stop here.
  style.textContent = `:host { all: initial !important; }\n${css}`;
  const container = doc.createElement('div');
  // Events inside the UI are the lens's business: page listeners in the bubbling phase don't see them.
  for (const type of isolateEvents) container.addEventListener(type, (event) => event.stopPropagation());
  shadow.append(style, container);
  doc.body.append(host);
  signal.addEventListener('abort', () => host.remove());
  return { host, shadow, container };
}
