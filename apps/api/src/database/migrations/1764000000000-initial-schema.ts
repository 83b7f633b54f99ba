import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';

const id: TableColumnOptions = {
  name: 'id',
  type: 'integer',
  isPrimary: true,
  isGenerated: true,
  generationStrategy: 'increment',
};
const createdAt: TableColumnOptions = { name: 'created_at', type: 'datetime', precision: 3 };
const ref = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'integer',
  isNullable: nullable,
});
const varchar = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
const fk = (columnNames: string[], referencedTableName: string, onDelete = 'RESTRICT') => ({
  columnNames,
  referencedTableName,
  referencedColumnNames: ['id'],
  onDelete,
});

/**
 * Written with TypeORM's Table API so the same migration runs on SQLite and MySQL/MariaDB.
 * Never edit it once merged; add a new migration instead.
 */
export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(qr: QueryRunner): Promise<void> {
    const mysql = qr.connection.options.type === 'mysql';
    // 65,536 characters of 4-byte UTF-8 do not fit MySQL's TEXT (64 KiB); MEDIUMTEXT holds 16 MiB.
    const longText = (name: string): TableColumnOptions => ({ name, type: mysql ? 'mediumtext' : 'text' });
    const create = async (table: Table) => {
      await qr.createTable(table);
      // Binary collation: emails are normalized by the app, and an accent-insensitive collation
      // would make different addresses collide on the unique indexes.
      if (mysql)
        await qr.query(`ALTER TABLE \`${table.name}\` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
    };

    await create(
      new Table({
        name: 'agents',
        columns: [id, varchar('email', 254), varchar('name', 200), varchar('password_hash', 255), createdAt],
        indices: [{ name: 'uq_agents_email', columnNames: ['email'], isUnique: true }],
      }),
    );
    await create(
      new Table({
        name: 'auth_tokens',
        columns: [
          id,
          ref('agent_id'),
          varchar('token_hash', 64),
          { name: 'expires_at', type: 'datetime', precision: 3 },
          createdAt,
        ],
        indices: [
          { name: 'uq_auth_tokens_hash', columnNames: ['token_hash'], isUnique: true },
          { name: 'ix_auth_tokens_agent', columnNames: ['agent_id'] },
        ],
        foreignKeys: [fk(['agent_id'], 'agents', 'CASCADE')],
      }),
    );
    await create(
      new Table({
        name: 'workspaces',
        columns: [
          id,
          varchar('name', 200),
          varchar('slug', 80),
          { name: 'ticket_counter', type: 'integer', default: 0 },
          createdAt,
        ],
        indices: [{ name: 'uq_workspaces_slug', columnNames: ['slug'], isUnique: true }],
      }),
    );
    await create(
      new Table({
        name: 'members',
        columns: [
          id,
          ref('workspace_id'),
          ref('agent_id'),
          varchar('name', 200),
          varchar('role', 16),
          { name: 'active', type: 'boolean' },
          createdAt,
        ],
        indices: [
          { name: 'uq_members_workspace_agent', columnNames: ['workspace_id', 'agent_id'], isUnique: true },
          { name: 'ix_members_agent', columnNames: ['agent_id'] },
        ],
        foreignKeys: [fk(['workspace_id'], 'workspaces'), fk(['agent_id'], 'agents')],
      }),
    );
    await create(
      new Table({
        name: 'categories',
        columns: [id, ref('workspace_id'), varchar('name', 200), createdAt],
        indices: [
          { name: 'uq_categories_workspace_name', columnNames: ['workspace_id', 'name'], isUnique: true },
        ],
        foreignKeys: [fk(['workspace_id'], 'workspaces')],
      }),
    );
    await create(
      new Table({
        name: 'requesters',
        columns: [id, ref('workspace_id'), varchar('email', 254), varchar('name', 200, true), createdAt],
        indices: [
          { name: 'uq_requesters_workspace_email', columnNames: ['workspace_id', 'email'], isUnique: true },
        ],
        foreignKeys: [fk(['workspace_id'], 'workspaces')],
      }),
    );
    await create(
      new Table({
        name: 'tickets',
        columns: [
          id,
          ref('workspace_id'),
          { name: 'number', type: 'integer' },
          varchar('subject', 250),
          longText('description'),
          { name: 'priority', type: 'smallint' },
          varchar('status', 16),
          { name: 'is_open', type: 'boolean' },
          varchar('channel', 16),
          ref('category_id', true),
          ref('requester_id'),
          ref('assignee_id', true),
          ref('created_by_id', true),
          createdAt,
          { name: 'updated_at', type: 'datetime', precision: 3 },
        ],
        indices: [
          { name: 'uq_tickets_workspace_number', columnNames: ['workspace_id', 'number'], isUnique: true },
          // One index per list order, so every view is a single index range scan (keyset pagination).
          { name: 'ix_tickets_inbox', columnNames: ['workspace_id', 'is_open', 'id'] },
          { name: 'ix_tickets_mine', columnNames: ['workspace_id', 'assignee_id', 'is_open', 'id'] },
          {
            name: 'ix_tickets_queue',
            columnNames: ['workspace_id', 'is_open', 'assignee_id', 'priority', 'id'],
          },
          { name: 'ix_tickets_requester', columnNames: ['requester_id', 'id'] },
          { name: 'ix_tickets_category', columnNames: ['category_id'] },
          { name: 'ix_tickets_created_by', columnNames: ['created_by_id'] },
        ],
        foreignKeys: [
          fk(['workspace_id'], 'workspaces'),
          fk(['category_id'], 'categories'),
          fk(['requester_id'], 'requesters'),
          fk(['assignee_id'], 'members'),
          fk(['created_by_id'], 'members'),
        ],
      }),
    );
    await create(
      new Table({
        name: 'messages',
        columns: [
          id,
          ref('ticket_id'),
          longText('body'),
          { name: 'internal', type: 'boolean' },
          ref('author_member_id', true),
          ref('author_requester_id', true),
          createdAt,
        ],
        indices: [
          { name: 'ix_messages_ticket', columnNames: ['ticket_id', 'id'] },
          { name: 'ix_messages_author_member', columnNames: ['author_member_id'] },
          { name: 'ix_messages_author_requester', columnNames: ['author_requester_id'] },
        ],
        foreignKeys: [
          fk(['ticket_id'], 'tickets'),
          fk(['author_member_id'], 'members'),
          fk(['author_requester_id'], 'requesters'),
        ],
      }),
    );
    await create(
      new Table({
        name: 'assignment_events',
        columns: [
          id,
          ref('ticket_id'),
          varchar('via', 16),
          ref('actor_id', true),
          ref('from_member_id', true),
          ref('to_member_id', true),
          createdAt,
        ],
        indices: [
          { name: 'ix_assignment_events_ticket', columnNames: ['ticket_id', 'id'] },
          { name: 'ix_assignment_events_actor', columnNames: ['actor_id'] },
          { name: 'ix_assignment_events_from', columnNames: ['from_member_id'] },
          { name: 'ix_assignment_events_to', columnNames: ['to_member_id'] },
        ],
        foreignKeys: [
          fk(['ticket_id'], 'tickets'),
          fk(['actor_id'], 'members'),
          fk(['from_member_id'], 'members'),
          fk(['to_member_id'], 'members'),
        ],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of [
      'assignment_events',
      'messages',
      'tickets',
      'requesters',
      'categories',
      'members',
      'workspaces',
      'auth_tokens',
      'agents',
    ]) {
      await qr.dropTable(t);
    }
  }
}
