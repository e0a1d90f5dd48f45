// The permission check: deny by default, allow only when one of the actor's grants has a role
// the action names AND sits on the target node or above it. Pure, so it is tested on its own
// and the trace explains every decision (shown to the user on a 403, and in the audit log as
// the capacity an allowed write was made in).
import { covers } from '../jurisdiction-codes.ts';
import type { Role } from './roles.ts';

export interface Grant { id: number; role: Role; jurisdictionCode: string }

export type Policy = ReadonlyMap<string, readonly Role[]>;

export interface Decision {
  allowed: boolean;
  /** The grant that allowed it: the capacity the actor acts in. */
  grant: Grant | null;
  trace: string[];
}

export function decide(policy: Policy, grants: readonly Grant[], action: string, target: string): Decision {
  const trace: string[] = [];
  const allowedRoles = policy.get(action);
  if (!allowedRoles) {
    trace.push(`action "${action}" is not declared by any module: denied`);
    return { allowed: false, grant: null, trace };
  }
  trace.push(`action "${action}" is allowed for roles: ${allowedRoles.join(', ')}`);
  if (grants.length === 0) trace.push('the actor holds no grants');
  for (const g of grants) {
    if (!allowedRoles.includes(g.role)) {
      trace.push(`grant #${g.id} ${g.role}@${g.jurisdictionCode}: role not allowed`);
    } else if (!covers(g.jurisdictionCode, target)) {
      trace.push(`grant #${g.id} ${g.role}@${g.jurisdictionCode}: does not reach ${target}`);
    } else {
      trace.push(`grant #${g.id} ${g.role}@${g.jurisdictionCode}: reaches ${target}: allowed`);
      return { allowed: true, grant: g, trace };
    }
  }
  trace.push('no grant allows it: denied');
  return { allowed: false, grant: null, trace };
}

export function buildPolicy(actions: Iterable<[string, readonly Role[]]>): Policy {
  const map = new Map<string, readonly Role[]>();
  for (const [name, roles] of actions) {
    if (map.has(name)) throw new Error(`action declared twice: ${name}`);
    map.set(name, roles);
  }
  return map;
}
