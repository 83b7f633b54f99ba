// The auth module's face: sign-up, sign-in and the viewer of each request. Other modules import only this file.
import { AuthTokenEntity } from './auth-token.entity';
import { AuthResolver } from './auth.resolver';

export { AuthService, type SignedIn } from './auth.service';

export const authModule = {
  entities: [AuthTokenEntity],
  resolvers: [AuthResolver],
};
