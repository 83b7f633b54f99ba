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
    const workspace = new Workspace();
    workspace.id = String(row.id);
    workspace.name = row.name;
    workspace.slug = row.slug;
    workspace.rowId = row.id;
    return workspace;
  }
}
