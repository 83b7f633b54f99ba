// The message module's face: replies and internal notes on tickets. Other modules import only this file.
import { childPages, textById, type LoaderKit } from '../../graphql/loaders';
import { MessageEntity } from './message.entity';
import { MessageResolver, TicketMessagesResolver } from './message.resolver';

export { MessageService } from './message.service';

export const messageModule = {
  entities: [MessageEntity],
  resolvers: [MessageResolver, TicketMessagesResolver],
  loaders: (kit: LoaderKit) => ({
    messagesByTicket: childPages(kit, MessageEntity, 'ticketId', 'body'),
    messageBody: textById(kit, MessageEntity, 'body'),
  }),
};
