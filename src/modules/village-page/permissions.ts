// The village page is public and composes other modules' public services: it declares no action,
// acts on no record of its own and writes nothing.
import type { ModulePermissions } from '../../core/module.ts';

export const permissions: ModulePermissions = { actions: {} };
