// Live preview of an entry's Markdown, parsed by markdown-it with the server's settings
// (raw HTML off, linkify, line breaks) so the clerk sees what residents will see. The tokens
// are turned into React elements from a fixed list of tags: no HTML string is ever injected.
// markdown-it is loaded only when a preview is shown.
import { createElement, useEffect, useState, type ReactNode } from 'react';
import { useT } from '../../i18n.tsx';

type MarkdownIt = InstanceType<typeof import('markdown-it').default>;
type Token = ReturnType<MarkdownIt['parse']>[number];

let md: Promise<MarkdownIt> | null = null;
const load = () => (md ??= import('markdown-it').then((m) => new m.default({ html: false, linkify: true, breaks: true })));

const tags = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'strong', 'em', 's', 'a', 'code', 'pre', 'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'img']);

interface Open { tag: string; hidden: boolean; attrs: Record<string, string>; children: ReactNode[] }

function element(tag: string, attrs: Record<string, string>, key: number, children: ReactNode[]): ReactNode {
  const props: Record<string, unknown> = { key };
  if (tag === 'a' && attrs.href) props.href = attrs.href;
  if (tag === 'ol' && attrs.start) props.start = Number(attrs.start);
  if (tag === 'img') return createElement('img', { key, src: attrs.src, alt: attrs.alt ?? '' });
  return createElement(tags.has(tag) ? tag : 'span', props, ...children);
}

const attrsOf = (tok: Token): Record<string, string> => Object.fromEntries((tok.attrs ?? []).map(([k, v]) => [String(k), String(v)]));

export function renderTokens(tokens: Token[]): ReactNode[] {
  const root: ReactNode[] = [];
  const stack: Open[] = [];
  let key = 0;
  const out = () => (stack.length ? stack[stack.length - 1]!.children : root);
  const walk = (list: Token[]) => {
    for (const tok of list) {
      if (tok.type === 'inline') { walk(tok.children ?? []); continue; }
      if (tok.nesting === 1) {
        stack.push({ tag: tok.tag, hidden: tok.hidden, attrs: attrsOf(tok), children: [] });
        continue;
      }
      if (tok.nesting === -1) {
        const o = stack.pop();
        if (!o) continue;
        // Paragraphs of tight lists are "hidden": their text goes straight into the <li>.
        if (o.hidden) out().push(...o.children);
        else out().push(element(o.tag, o.attrs, key++, o.children));
        continue;
      }
      switch (tok.type) {
        case 'text': out().push(tok.content); break;
        case 'softbreak': case 'hardbreak': out().push(createElement('br', { key: key++ })); break;
        case 'code_inline': out().push(createElement('code', { key: key++ }, tok.content)); break;
        case 'code_block': case 'fence': out().push(createElement('pre', { key: key++ }, createElement('code', null, tok.content))); break;
        case 'hr': out().push(createElement('hr', { key: key++ })); break;
        case 'image': out().push(element('img', { ...attrsOf(tok), alt: tok.content }, key++, [])); break;
        default: if (tok.content) out().push(tok.content);
      }
    }
  };
  walk(tokens);
  return root;
}

export function MarkdownPreview({ source }: { source: string }) {
  const t = useT();
  const [parser, setParser] = useState<MarkdownIt | null>(null);
  useEffect(() => { let live = true; void load().then((m) => { if (live) setParser(m); }); return () => { live = false; }; }, []);
  if (!parser) return <p className="muted">{t('common.loading')}</p>;
  if (!source.trim()) return <p className="muted">{t('disclosure.form.previewEmpty')}</p>;
  return <div className="prose">{renderTokens(parser.parse(source, {}))}</div>;
}
