import { IsOptional } from 'class-validator';
import { IsAcceptablePassword } from '../../common/auth/password-policy';
import { Field, ID, InputType } from 'type-graphql';
import { IsEmailAddress, IsTrimmedLength, LIMITS } from '../../common/validation';
import { MemberRole } from './member-role.enum';

@InputType('AddMemberInput')
export class AddMemberInput {
  @Field(() => ID)
  workspaceId: string;

  @Field()
  @IsEmailAddress()
  email: string;

  @Field()
  @IsTrimmedLength(1, LIMITS.name)
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'Sets the password when this email has no agent account yet.',
  })
  @IsOptional()
  @IsAcceptablePassword()
  password?: string | null;

  @Field(() => MemberRole, { nullable: true, defaultValue: MemberRole.AGENT })
  role?: MemberRole | null;
}
