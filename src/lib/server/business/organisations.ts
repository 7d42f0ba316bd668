import type { OrganisationForm } from '$lib/business/schemas';
import type { Session } from '../db';
import type { CheckedImage } from './images';

const nul = (v: string | undefined) => (v === '' || v === undefined ? null : v);

/** Registers an organisation; the caller becomes its owner (trigger), all in one transaction. */
export async function createOrganisation(
	db: Session,
	data: OrganisationForm,
	location: { lon: number; lat: number },
	logo?: CheckedImage
): Promise<string> {
	return db.tx(async (q) => {
		const [row] = await q.query<{ id: string }>(
			`insert into public.organisations (name, kind, description, address, location, contact_email,
			        contact_phone, website, created_by)
			 values ($1, 'employer', $2, $3, st_point($4, $5, 4326)::geography, $6, $7, $8, auth.uid())
			 returning id`,
			[
				data.name,
				nul(data.description),
				nul(data.address),
				location.lon,
				location.lat,
				nul(data.contact_email),
				nul(data.contact_phone),
				nul(data.website)
			]
		);
		if (logo) await saveLogo(q, row.id, logo);
		return row.id;
	});
}

export async function updateOrganisation(
	db: Session,
	id: string,
	data: OrganisationForm,
	location: { lon: number; lat: number },
	logo?: CheckedImage
): Promise<boolean> {
	return db.tx(async (q) => {
		const rows = await q.query(
			`update public.organisations set name = $2, description = $3, address = $4,
			        location = st_point($5, $6, 4326)::geography, contact_email = $7, contact_phone = $8,
			        website = $9
			  where id = $1 and private.is_member_of(id) returning id`,
			[
				id,
				data.name,
				nul(data.description),
				nul(data.address),
				location.lon,
				location.lat,
				nul(data.contact_email),
				nul(data.contact_phone),
				nul(data.website)
			]
		);
		if (rows.length === 0) return false;
		if (logo) await saveLogo(q, id, logo);
		return true;
	});
}

async function saveLogo(q: { query: Session['query'] }, orgId: string, logo: CheckedImage) {
	// A business's new logo waits for moderation (…_organisation_approval.sql): the approved one
	// stays public until then; only a logo still waiting is replaced.
	await q.query(
		`delete from public.media where organisation_id = $1 and purpose = 'logo'
		    and (approved_at is null or private.is_staff())`,
		[orgId]
	);
	await q.query(
		`insert into public.media (organisation_id, purpose, content_type, bytes, created_by)
		 values ($1, 'logo', $2, $3::bytea, auth.uid())`,
		[orgId, logo.type, Buffer.from(logo.bytes)]
	);
}

export async function organisationMembers(db: Session, orgId: string) {
	return db.query<{ user_id: string; member_role: string; display_name: string | null }>(
		`select m.user_id, m.member_role, p.display_name
		   from public.organisation_members m left join public.profiles p on p.id = m.user_id
		  where m.organisation_id = $1 order by m.created_at`,
		[orgId]
	);
}

export async function organisationInvites(db: Session, orgId: string) {
	return db.query<{ email: string; created_at: string; accepted_at: string | null }>(
		`select email, created_at::text, accepted_at::text from public.organisation_invites
		  where organisation_id = $1 order by created_at desc`,
		[orgId]
	);
}

/** Records an invitation (RLS: owners only); false when the caller is not an owner. */
export async function inviteColleague(db: Session, orgId: string, email: string): Promise<boolean> {
	return db.tx(async (q) => {
		// Invitations are never updated (no grant): a repeated one replaces the old row.
		await q.query(
			`delete from public.organisation_invites where organisation_id = $1 and email = $2`,
			[orgId, email]
		);
		const rows = await q.query(
			`insert into public.organisation_invites (organisation_id, email, invited_by)
			 select $1, $2, auth.uid() where private.is_org_owner($1) returning id`,
			[orgId, email]
		);
		return rows.length > 0;
	});
}

/** The signed-in business user's first visit after sign-in: profile row and pending invitations. */
export async function welcome(db: Session, displayName: string | null) {
	await db.tx(async (q) => {
		await q.query(
			`insert into public.profiles (id, display_name, role) values (auth.uid(), $1, 'business')
			 on conflict (id) do nothing`,
			[displayName?.slice(0, 120) ?? null]
		);
		await q.query('select private.accept_organisation_invites()');
	});
}
