import type { EntityManager } from 'typeorm';
import { insertOne } from '../../database';
import { MessageEntity } from './message.entity';

/** The statements of `messages`: the only code that writes them. */
export async function insertMessage(
  tx: EntityManager,
  values: Omit<MessageEntity, 'id'>,
): Promise<MessageEntity> {
  return { ...values, id: await insertOne(tx, MessageEntity, values) };
}
