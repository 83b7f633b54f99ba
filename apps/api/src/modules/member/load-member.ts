import type DataLoader from 'dataloader';
import { required } from '../../common/required';
import type { MemberEntity } from './member.entity';
import { Member } from './member.type';

/** A nullable member reference (assignee, author, actor …) through the request's member loader. */
export async function loadMember(
  loader: DataLoader<number, MemberEntity | null>,
  memberId: number | null,
): Promise<Member | null> {
  return memberId === null ? null : Member.from(required(await loader.load(memberId)));
}
