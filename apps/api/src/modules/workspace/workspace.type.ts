import { Field, ID, ObjectType } from 'type-graphql';
import type { WorkspaceEntity } from './workspace.entity';

@ObjectType('Workspace', { simpleResolvers: true })
export class Workspace {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  slug: string;

  rowId: number;

  static from(row: WorkspaceEntity): Workspace {
    return Object.assign(new Workspace(), { id: String(row.id), name: row.name, slug: row.slug, rowId: row.id });
  }
}
