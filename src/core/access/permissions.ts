// The permission chain. Deny by default. A route names the action it needs and the resource it
// acts on; the resource is resolved once, by the loader its module registered, to the node it
// belongs to (and its owner, if it has one); then can(actor, action, resource) answers:
//   1. a grant whose role the action names, sitting on the resource's node or above it, allows;
//   2. otherwise, if the action lets a resource's owner act, the owner is allowed.
// Pure, so it is tested on its own; the trace explains every decision (shown to the user on a
// 403, and the allowing grant is the capacity an allowed write is audited in).
import { covers } from '../jurisdiction-codes.ts';
import type { DepartmentKind, Role } from './roles.ts';

export interface Grant {
  id: number;
  role: Role;
  jurisdictionCode: string;
  /** For a department's staff: the department they act for (its node is jurisdictionCode). */
  department?: { id: number; kind: DepartmentKind } | null;
}

export interface ActionRule {
  /** Roles that may perform the action within the node they are granted on (or below it). */
  roles: readonly Role[];
  /** The resource's owner may perform it too, whatever their grants (a resident's own request). */
  owner?: boolean;
  /** Staff of these kinds of department may perform it within their department's reach. */
  departments?: readonly DepartmentKind[];
}

export type Policy = ReadonlyMap<string, ActionRule>;

/** What a route acts on, as its loader resolved it. */
export interface Resource {
  /** The resource type a module registered ("election", "serviceRequest"…; "jurisdiction" for `:code`). */
  type: string;
  id: string;
  /** The node the resource belongs to: grants are judged against it. */
  jurisdictionCode: string;
  /** The account or resident the resource belongs to, for actions an owner may take. */
  ownerAccountId?: number | null;
  ownerResidentId?: number | null;
  /** The department the resource is routed to: only that department's staff act on it as staff. */
  departmentId?: number | null;
}

/** Who asks: an account with its grants (and the resident it is, if any). */
export interface Principal { accountId: number; residentId: number | null; grants: readonly Grant[] }

export interface Decision {
  allowed: boolean;
  /** The grant that allowed it: the capacity the actor acts in (null when allowed as owner). */
  grant: Grant | null;
  /** Allowed because the actor owns the resource. */
  asOwner?: boolean;
  trace: string[];
}

/** The role check: does one of the grants allow the action on the target node? */
export function decide(policy: Policy, grants: readonly Grant[], action: string, target: string, assignedDepartment: number | null = null): Decision {
  const trace: string[] = [];
  const rule = policy.get(action);
  if (!rule) {
    trace.push(`action "${action}" is not declared by any module: denied`);
    return { allowed: false, grant: null, trace };
  }
  const allowedRoles = rule.roles;
  trace.push(`action "${action}" is allowed for roles: ${allowedRoles.join(', ') || '(none)'}`
    + (rule.departments?.length ? `; departments: ${rule.departments.join(', ')}` : ''));
  if (grants.length === 0) trace.push('the actor holds no grants');
  for (const g of grants) {
    const dept = g.department;
    const name = dept ? `grant #${g.id} ${g.role}(${dept.kind} #${dept.id})@${g.jurisdictionCode}` : `grant #${g.id} ${g.role}@${g.jurisdictionCode}`;
    if (dept ? !rule.departments?.includes(dept.kind) : !allowedRoles.includes(g.role)) {
      trace.push(`${name}: ${dept ? 'department kind' : 'role'} not allowed`);
    } else if (!covers(g.jurisdictionCode, target)) {
      trace.push(`${name}: does not reach ${target}`);
    } else if (dept && assignedDepartment !== null && assignedDepartment !== dept.id) {
      trace.push(`${name}: the record is routed to department #${assignedDepartment}, not this one`);
    } else {
      trace.push(`${name}: reaches ${target}: allowed`);
      return { allowed: true, grant: g, trace };
    }
  }
  trace.push('no grant allows it: denied');
  return { allowed: false, grant: null, trace };
}

/** The whole chain: the role check on the resource's node, then the owner rule. */
export function can(policy: Policy, who: Principal, action: string, resource: Resource): Decision {
  const d = decide(policy, who.grants, action, resource.jurisdictionCode, resource.departmentId ?? null);
  if (d.allowed || !policy.get(action)?.owner) return d;
  const trace = d.trace.slice(0, -1);
  const byAccount = resource.ownerAccountId != null && resource.ownerAccountId === who.accountId;
  const byResident = resource.ownerResidentId != null && resource.ownerResidentId === who.residentId;
  if (byAccount || byResident) {
    trace.push(`the actor owns ${resource.type} ${resource.id}, and the action lets its owner act: allowed`);
    return { allowed: true, grant: null, asOwner: true, trace };
  }
  trace.push(`the actor does not own ${resource.type} ${resource.id}`, 'no grant allows it: denied');
  return { allowed: false, grant: null, trace };
}

export function buildPolicy(actions: Iterable<[string, readonly Role[] | ActionRule]>): Policy {
  const map = new Map<string, ActionRule>();
  for (const [name, rule] of actions) {
    if (map.has(name)) throw new Error(`action declared twice: ${name}`);
    map.set(name, Array.isArray(rule) ? { roles: rule as readonly Role[] } : rule as ActionRule);
  }
  return map;
}
