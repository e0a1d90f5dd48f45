// The English messages as a separate chunk, loaded only when a user switches to English.
import en from './en.json' with { type: 'json' };
import type { Messages } from '../i18n.tsx';

const messages: Messages = en;
export default messages;
