import postgres from 'postgres';
import type { WorkloadSubjects } from './workloads.js';

/**
 * Chooses the records the workloads read, once, from the seeded database:
 * the Shanghai chapter (the club's largest), its active member with the most
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

/** How many members the chapter has, so the width check can ask for that many. */
export async function chapterSize(databaseUrl: string, chapterId: string): Promise<number> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ total: number }[]>`
      select count(*)::int as total from members.members where home_chapter_id = ${chapterId}`;
    return row?.total ?? 0;
  } finally {
    await sql.end();
  }
}
