import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Unassigned queue is ordered `priority DESC, id ASC`. On ix_tickets_queue (…, priority, id) that
 * mixed direction cannot be read from the index, so MariaDB/MySQL sorted the whole queue (filesort)
 * for every first page: its cost grew with the queue (pnpm bench: 100,000 unassigned tickets).
 * With priority DESC in the index, a page is a range read that stops after `first + 1` rows.
 * Plain SQL that MySQL 8, MariaDB ≥ 10.8 and SQLite all read the same way (older MariaDB ignores DESC).
 */
export class QueueIndexPriorityDesc1764100000000 implements MigrationInterface {
  name = 'QueueIndexPriorityDesc1764100000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.dropIndex('tickets', 'ix_tickets_queue');
    await qr.query(
      'CREATE INDEX ix_tickets_queue ON tickets (workspace_id, is_open, assignee_id, priority DESC, id)',
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropIndex('tickets', 'ix_tickets_queue');
    await qr.query(
      'CREATE INDEX ix_tickets_queue ON tickets (workspace_id, is_open, assignee_id, priority, id)',
    );
  }
}
