/** Responsible actors: the registry, the tags on measures and news statements, their checks and views (their exports: ../export/actors.ts). */
export { buildActors, type ActorFiles } from './load.ts';
export { type Actors, type RegisteredTag, type ResolvedTag, type ResolvedUnit, ROLES, registeredTags, tagActorName } from './model.ts';
export { ActorMatcher, type Mention } from './match.ts';
export {
  ACTOR_KIND_LABELS,
  BASIS_LABELS,
  MACHINE_LABEL,
  OFFICIAL_LABEL,
  ROLE_LABELS,
  type Actor,
  type ActorKind,
  type Role,
} from './schema.ts';
export {
  type ActorEntry,
  type ActorPage,
  type ActorPartMatrix,
  type Chip,
  type EvidenceMark,
  type MatrixCell,
  actorIndex,
  actorPage,
  actorPartMatrix,
  chipRoleLabel,
  evidenceMarks,
  evidenceAnnotations,
  measureActorIds,
  unitChips,
} from './views.ts';
