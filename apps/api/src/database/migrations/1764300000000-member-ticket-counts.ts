import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/**
 * The total of each member's "Assigned to me" list, kept in the transactions that change a ticket,
 * as ticket_counts keeps the workspace-wide ones. Counting per request read every open ticket of the
 * agent: an agent with a backlog of 7,500 paid for 7,500 index entries on each look at their inbox
 * (pnpm bench). The rows are filled from the tickets.
 */
export class MemberTicketCounts1764300000000 implements MigrationInterface {
  name = 'MemberTicketCounts1764300000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'member_ticket_counts',
        columns: [
          { name: 'member_id', type: 'integer', isPrimary: true },
          { name: 'open_count', type: 'integer', default: 0 },
        ],
        foreignKeys: [
          {
            columnNames: ['member_id'],
            referencedTableName: 'members',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
    await qr.query(
      `INSERT INTO member_ticket_counts (member_id, open_count)
       SELECT m.id, COUNT(t.id)
       FROM members m LEFT JOIN tickets t ON t.workspace_id = m.workspace_id AND t.assignee_id = m.id AND t.is_open = 1
       GROUP BY m.id`,
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('member_ticket_counts');
  }
}
