import { Field, ID, ObjectType } from 'type-graphql';
import type { CategoryEntity } from './category.entity';

@ObjectType('Category', { simpleResolvers: true })
export class Category {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  static from(row: CategoryEntity): Category {
    const category = new Category();
    category.id = String(row.id);
    category.name = row.name;
    return category;
  }
}
