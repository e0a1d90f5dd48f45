// The wishes messages: importing this file (from the chunk that uses them) registers them.
import { registerMessages } from '../../i18n.tsx';
import zh from './zh-CN.json' with { type: 'json' };

registerMessages('wishes', zh, () => import('./en.json', { with: { type: 'json' } }));
export type Keys = keyof typeof zh;
