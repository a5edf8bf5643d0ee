import postgres from 'postgres';
import type { WorkloadSubjects } from './workloads.js';

/**
 * Chooses the records the workloads read, once, from the seeded database:
 * the Shanghai chapter, its active member with the most
 * registrations (so the member page shows every section), and a sponsored chapter
 * event with a venue and the most ratings (so the event page shows every
 * section). The bench reads across schemas here, as the seed writes
 * them; no Paddock code does.
 */
export async function chooseSubjects(databaseUrl: string): Promise<WorkloadSubjects> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [member] = await sql<{ id: string }[]>`
      select m.id from members.members m
      where m.status = 'ACTIVE' and m.home_chapter_id = 'shanghai'
      order by (select count(*) from events.registrations r where r.member_id = m.id) desc, m.member_number
      limit 1`;
    const [event] = await sql<{ id: string }[]>`
      select e.id from events.events e
      where exists (select 1 from partners.sponsored_events s where s.event_id = e.id)
      order by e.chapter_id is null, e.venue_name is null, e.minimum_tier_id is null,
        (select count(*) from events.ratings r where r.event_id = e.id) desc, e.id
      limit 1`;
    if (!member || !event) throw new Error('the bench database holds no active Shanghai member or no sponsored event');
    return { chapterId: 'shanghai', memberId: member.id, eventId: event.id };
  } finally {
    await sql.end();
  }
}

/** The two chapters with the most members, largest first, for the width check. */
export async function largestChapters(databaseUrl: string): Promise<[string, string]> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ id: string }[]>`
      select home_chapter_id as id from members.members
      group by home_chapter_id order by count(*) desc, home_chapter_id limit 2`;
    if (rows.length < 2) throw new Error('the bench database has fewer than two chapters with members');
    return [rows[0]!.id, rows[1]!.id];
  } finally {
    await sql.end();
  }
}
