import type { Kysely } from "kysely";
import { can, type Principal } from "../../domain/authorization.js";
import { notFound } from "../../domain/errors.js";
import { mayFollowFloor, mayRunFloor, mayTakePartIn } from "../../domain/speakers/rights.js";
import { isEventParticipant, readGroupFloor, readPlenaryFloor, type Floor } from "../../store/group-work/floor.js";
import type { Schema } from "../../store/schema.js";
import type { DiscussionGroupId, SittingId } from "../../domain/ids.js";

/** A discussion group as a floor; hidden (404) when its sitting is unpublished and the caller is neither staff nor in the group. */
export const loadGroupFloor = async (db: Kysely<Schema>, p: Principal, groupId: DiscussionGroupId): Promise<Floor> => {
  const floor = await readGroupFloor(db, groupId);
  if (!floor.sittingPublished && !can(p, { kind: "read_unpublished" }) && !can(p, { kind: "follow_group", groupId }))
    throw notFound("Discussion group", groupId);
  return floor;
};

/** The plenary of a sitting as a floor; hidden (404) when the sitting is unpublished and the caller is not staff. */
export const loadPlenaryFloor = async (db: Kysely<Schema>, p: Principal, sittingId: SittingId): Promise<Floor> => {
  const floor = await readPlenaryFloor(db, sittingId);
  if (!floor.sittingPublished && !can(p, { kind: "read_unpublished" }) && !can(p, { kind: "preside", bodyId: floor.bodyId }))
    throw notFound("Sitting", sittingId);
  return floor;
};

/** Who may run the list (the rule is the domain's). */
export const mayRun = (p: Principal, floor: Floor): boolean => mayRunFloor(p, floor);

/** Who may ask for the floor and contribute; in plenary, this reads whether the caller is one of the event's participants. */
export const mayTakePart = async (db: Kysely<Schema>, p: Principal, floor: Floor): Promise<boolean> =>
  mayTakePartIn(p, floor, floor.groupId === null && (await isEventParticipant(db, p, floor)));

/** Who reads a floor's participation figures: the staff, a group's chair; in plenary also whoever runs its list (the presiding officer). */
export const mayReadParticipation = (p: Principal, floor: Floor): boolean =>
  can(p, { kind: "read_participation", groupId: floor.groupId }) || (floor.groupId === null && mayRun(p, floor));

/** Who may see the list with names and genders. */
export const mayFollow = async (db: Kysely<Schema>, p: Principal, floor: Floor): Promise<boolean> =>
  mayFollowFloor(p, floor, floor.groupId === null && (await isEventParticipant(db, p, floor)));
