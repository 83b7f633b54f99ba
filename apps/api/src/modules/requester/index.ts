// The requester module's face: the customers who write in. Other modules import only this file.
import { byId, type LoaderKit } from '../../graphql/loaders';
import { RequesterEntity } from './requester.entity';
import { RequesterResolver } from './requester.resolver';

export { RequesterEntity } from './requester.entity';
export { findOrCreateRequester, RequesterService } from './requester.service';
export { Requester } from './requester.type';

export const requesterModule = {
  entities: [RequesterEntity],
  resolvers: [RequesterResolver],
  loaders: (kit: LoaderKit) => ({ requester: byId(kit, RequesterEntity) }),
};
