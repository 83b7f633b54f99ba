import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * The All view is `WHERE workspace_id = ? ORDER BY id DESC`, and no index had that order: MariaDB
 * read the primary key backwards and skipped other workspaces' tickets, about (all tickets ÷ the
 * workspace's) rows per ticket listed, so a small workspace's page read tens of thousands of rows.
 */
export class AllViewIndex1764400000000 implements MigrationInterface {
  name = 'AllViewIndex1764400000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createIndex(
      'tickets',
      new TableIndex({ name: 'ix_tickets_all', columnNames: ['workspace_id', 'id'] }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropIndex('tickets', 'ix_tickets_all');
  }
}
