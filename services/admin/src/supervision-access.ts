/**
 * Who may run which supervision operation (proto/ringmesh/v1/supervision.proto).
 *
 *   platformAdmin  everything
 *   orgAdmin       everything in its organisation
 *   supervisor     log members in and out of groups naming it in M2, read those groups'
 *                  status and call explanations; as itself, whatever an agent may
 *   agent          only itself: log in/out of its groups, presence, break, wrap-up;
 *                  read the status of groups it is a member of (its own queue)
 *
 * Call explanations name other agents and why they were skipped, so only admins and
 * M2 supervisors read them. Another organisation is PERMISSION_DENIED before anything
 * about it (even whether a group exists) is looked up.
 */
import type { AnswerGroupSpec } from "../../../lib/documents/model.js";
import { PermissionDeniedError } from "../../../lib/errors.js";
import { assertOrganisationVisible, type Principal } from "./auth.js";

const isAdmin = (p: Principal): boolean => p.role === "platformAdmin" || p.role === "orgAdmin";
const supervises = (p: Principal, group: AnswerGroupSpec): boolean => p.role === "supervisor" && p.user !== undefined && group.supervisors.includes(p.user);
const isMember = (user: string | undefined, group: AnswerGroupSpec): boolean => user !== undefined && group.members.some((m) => m.user === user);

export { assertOrganisationVisible };

/** Login/logout of `user` in `group` (named `groupName`): the agent itself, an M2 supervisor of the group, or an admin. */
export function assertMayMoveMember(p: Principal, organisation: string, user: string, groupName: string, group: AnswerGroupSpec): void {
  assertOrganisationVisible(p, organisation);
  if (isAdmin(p) || p.user === user || supervises(p, group)) return;
  if (p.role === "supervisor") throw new PermissionDeniedError(`${p.user ?? "?"} is not a supervisor (M2) of group ${groupName}`);
  throw new PermissionDeniedError(`role ${p.role} acts only for its own user ${p.user ?? "?"}`);
}

/** Presence, break and wrap-up: the agent itself or an admin (M2 gives supervisors login/logout only). */
export function assertMayActAs(p: Principal, organisation: string, user: string): void {
  assertOrganisationVisible(p, organisation);
  if (isAdmin(p) || p.user === user) return;
  throw new PermissionDeniedError(`role ${p.role} acts only for its own user ${p.user ?? "?"}`);
}

/** Live status of a group: admins, its M2 supervisors, and its members. */
export function assertMayReadGroup(p: Principal, organisation: string, groupName: string, group: AnswerGroupSpec): void {
  assertOrganisationVisible(p, organisation);
  if (isAdmin(p) || supervises(p, group) || isMember(p.user, group)) return;
  throw new PermissionDeniedError(`${p.user ?? p.role} is neither a supervisor (M2) nor a member of group ${groupName}`);
}

/** Decision logs: admins and the group's M2 supervisors. */
export function mayExplain(p: Principal, organisation: string, group: AnswerGroupSpec): boolean {
  if (p.role === "platformAdmin") return true;
  if (p.organisation !== organisation) return false;
  return p.role === "orgAdmin" || supervises(p, group);
}
