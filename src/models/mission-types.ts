import { nameList } from '../engine/spec.ts';

/**
 * The kinds of mission listed by `/config/mission_types/`. A mission shows its kind by name
 * only (`Mission.type` is a string on the wire), so missions keep the name and this list
 * stands on its own.
 */
export const missionType = nameList('MissionType', 'mission_types');
