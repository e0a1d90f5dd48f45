// The public-covenants messages: importing this file (from the chunk that uses them) registers them.
import { registerMessages } from '../../i18n.tsx';
import zh from './zh-CN.json' with { type: 'json' };

registerMessages('public-covenants', zh, () => import('./en.json', { with: { type: 'json' } }));
export type Keys = keyof typeof zh;
