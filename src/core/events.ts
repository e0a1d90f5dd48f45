// In-process events between modules (e.g. "a village's profile changed" so cached public
// pages drop their copy). Across several app nodes, caches also expire on a short TTL.
import { EventEmitter } from 'node:events';

interface EventMap {
  'jurisdiction.changed': [code: string];
  'people.changed': [code: string];
  /** After the transaction that published a disclosure entry has committed. */
  'disclosure.published': [villageCode: string, entryId: number];
}

class Events extends EventEmitter<EventMap> {}
export const events = new Events();
events.setMaxListeners(50);
