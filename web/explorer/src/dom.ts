/** Builds elements from text only (never innerHTML), so quotes and names cannot inject markup. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Array<Node | string | null | undefined>
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

export function $<T extends HTMLElement = HTMLElement>(selector: string): T {
  const e = document.querySelector<T>(selector);
  if (!e) throw new Error(`missing element ${selector}`);
  return e;
}

export function formatUsd(usd: number): string {
  if (usd >= 1e9) return `US$${(usd / 1e9).toFixed(usd >= 1e10 ? 0 : 1)}bn`;
  if (usd >= 1e6) return `US$${(usd / 1e6).toFixed(usd >= 1e7 ? 0 : 1)}m`;
  return `US$${Math.round(usd).toLocaleString('en')}`;
}
