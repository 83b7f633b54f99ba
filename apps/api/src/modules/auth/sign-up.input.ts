import { IsAcceptablePassword } from '../../common/auth/password-policy';
import { Field, InputType } from 'type-graphql';
import { IsEmailAddress, IsTrimmedLength, LIMITS } from '../../common/validation';

@InputType('SignUpInput')
export class SignUpInput {
  @Field()
  @IsEmailAddress()
  email: string;

  @Field()
  @IsAcceptablePassword()
  password: string;

  @Field()
  @IsTrimmedLength(1, LIMITS.name)
  name: string;

  @Field({ description: 'A new workspace is created with the agent as OWNER.' })
  @IsTrimmedLength(1, LIMITS.name)
  workspaceName: string;
}
