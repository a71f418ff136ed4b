/** Client-side routes; the server answers every non-API path with index.html, so each URL can be reloaded. */
type Page = (root: HTMLElement, params: Record<string, string>) => void | (() => void);

const routes: { pattern: RegExp; keys: string[]; page: Page }[] = [];
let cleanup: (() => void) | void;
let root: HTMLElement;

export function route(path: string, page: Page): void {
  const keys: string[] = [];
  const pattern = new RegExp('^' + path.replace(/:(\w+)/g, (_, k: string) => (keys.push(k), '([^/]+)')) + '/?$');
  routes.push({ pattern, keys, page });
}

export function navigate(path: string, replace = false): void {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  render();
}

export function startRouter(el: HTMLElement): void {
  root = el;
  window.addEventListener('popstate', render);
  document.addEventListener('click', (e) => {
    const a = (e.target as Element).closest?.('a[data-link]') as HTMLAnchorElement | null;
    if (a && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.button === 0) {
      e.preventDefault();
      navigate(a.getAttribute('href')!);
    }
  });
  render();
}

function render(): void {
  if (cleanup) cleanup();
  for (const r of routes) {
    const m = r.pattern.exec(location.pathname);
    if (m) {
      const params = Object.fromEntries(r.keys.map((k, i) => [k, decodeURIComponent(m[i + 1])]));
      cleanup = r.page(root, params);
      return;
    }
  }
  navigate('/', true);
}
