import { Field, ObjectType } from 'type-graphql';
import { Agent } from '../agent';

@ObjectType('AuthPayload', { simpleResolvers: true })
export class AuthPayload {
  @Field({ description: 'Opaque bearer token.' })
  token: string;

  @Field(() => Agent)
  agent: Agent;
}
