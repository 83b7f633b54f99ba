import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import type { SignedIn } from './auth.service';
import { Agent } from '../agent';
import { AuthPayload } from './auth-payload.type';
import { SignUpInput } from './sign-up.input';

@Resolver(() => Agent)
export class AuthResolver {
  @Query(() => Agent, { nullable: true, description: 'The signed-in agent, or null without a valid token.' })
  async me(@Ctx() { viewer, loaders }: Context): Promise<Agent | null> {
    const agent = viewer ? await loaders.agent.load(viewer.agentId) : null;
    return agent ? Agent.from(agent) : null;
  }

  @Mutation(() => AuthPayload)
  async signUp(
    @Arg('input', () => SignUpInput) input: SignUpInput,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    return signedIn(ctx, await ctx.services.auth.signUp(input, ctx.clientAddress));
  }

  @Mutation(() => AuthPayload)
  async signIn(
    @Arg('email') email: string,
    @Arg('password') password: string,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    return signedIn(ctx, await ctx.services.auth.signIn(email, password, ctx.clientAddress));
  }

  @Mutation(() => Boolean, { description: 'Revokes the token the request was sent with, at once.' })
  signOut(@Ctx() { services, viewer }: Context): Promise<boolean> {
    return services.auth.signOut(services.access.requireViewer(viewer));
  }
}

/** The rest of this request (the payload's fields) is answered as the agent who just signed in. */
async function signedIn(ctx: Context, { token, agent }: SignedIn): Promise<AuthPayload> {
  ctx.viewer = await ctx.services.auth.viewerFor(token);
  return { token, agent: Agent.from(agent) };
}
