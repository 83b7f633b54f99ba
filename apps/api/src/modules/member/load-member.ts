import type { Loaders } from '../../common/loaders';
import { required } from '../../common/required';
import { Member } from './member.type';

/** A nullable member reference (assignee, author, actor …) through the request's loader. */
export async function loadMember(loaders: Loaders, memberId: number | null): Promise<Member | null> {
  return memberId === null ? null : Member.from(required(await loaders.member.load(memberId)));
}
