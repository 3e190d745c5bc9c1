import { datetime, defineModel, int, one, selfUrl, text, view } from '../engine/spec.ts';
import { launch } from './launches.ts';
import { program } from './programs.ts';

/**
 * A short news note on a launch or a program (LL2's `Update`). LL2 shows an update without
 * saying what it belongs to; the hidden keys serve the launch's `updates`, and the
 * `/updates/` filters `launch`, `launch__launch_service_provider` and `program`.
 */
export const update = defineModel({
  name: 'Update',
  table: 'updates',
  fields: {
    id: int(),
    url: selfUrl('updates'),
    profile_image: text({ nullable: true }),
    comment: text({ nullable: true }),
    info_url: text({ nullable: true }),
    created_by: text({ nullable: true }),
    created_on: datetime(),
    launch: one(() => launch, { nullable: true }),
    program: one(() => program, { nullable: true }),
  },
  views: { Update: view(null, 'id profile_image comment info_url created_by created_on') },
});
