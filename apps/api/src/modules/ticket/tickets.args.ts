import { ArgsType, Field, ID } from 'type-graphql';
import { PageArgs } from '../../common/pagination/page.args';
import { TicketView } from './ticket.enums';

@ArgsType()
export class WorkspacePageArgs extends PageArgs {
  @Field(() => ID)
  workspaceId: string;
}

@ArgsType()
export class TicketsArgs extends WorkspacePageArgs {
  @Field(() => TicketView, { nullable: true, defaultValue: TicketView.INBOX })
  view?: TicketView | null;
}
