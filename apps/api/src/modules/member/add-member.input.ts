import { IsOptional, Length } from 'class-validator';
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

  @Field(() => String, { nullable: true, description: 'Sets the password when this email has no agent account yet.' })
  @IsOptional()
  @Length(LIMITS.passwordMin, LIMITS.passwordMax, { message: `password must be ${LIMITS.passwordMin} to ${LIMITS.passwordMax} characters.` })
  password?: string | null;

  @Field(() => MemberRole, { nullable: true, defaultValue: MemberRole.AGENT })
  role?: MemberRole | null;
}
