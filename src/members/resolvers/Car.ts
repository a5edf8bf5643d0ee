import { assertStaffOrSelf } from '../../core/access.js';
import { invariant } from '../../core/invariant.js';
import type { CarResolvers } from '../generated/resolvers.js';
import { memberLoaders } from '../loaders.js';

/**
 * Car: owned by the members subgraph; key `id`. The plate is personal data
 * and checks the viewer on the field, whichever path reached the car.
 */
export const Car: CarResolvers = {
  /** The car row, or null when the id names no car. */
  __resolveReference: (reference, context) => memberLoaders(context).car.load(reference.id),

  /** Personal data: staff and the car's owner only; null when not recorded. */
  plate: (car, _args, { viewer }) => {
    assertStaffOrSelf(viewer, car.memberId, 'Car.plate');
    return car.plate;
  },

  /** The owning member; every car has one, enforced by a foreign key. */
  owner: async (car, _args, context) => {
    const owner = await memberLoaders(context).member.load(car.memberId);
    invariant(owner, `Car ${car.id} names a member that does not exist.`);
    return owner;
  },
};
