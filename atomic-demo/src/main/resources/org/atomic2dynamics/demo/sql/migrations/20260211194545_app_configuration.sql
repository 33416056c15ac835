-- Configuration moves from the <CRM> props into a database singleton edited on the Settings page, and the
-- enumerations stored as labels become slugs.
create table public.configuration (
  id integer not null default 1 primary key,
  config jsonb not null default '{}'::jsonb,
  constraint configuration_singleton check (id = 1)
);
alter table public.configuration enable row level security;

create function public.is_admin() returns boolean
  language sql stable security definer set search_path = ''
as $$
  select exists (select 1 from public.sales where user_id = auth.uid() and administrator)
$$;

create policy "Enable read access for authenticated users" on public.configuration
  for select to authenticated using (true);
create policy "Enable insert for admins" on public.configuration
  for insert to authenticated with check (public.is_admin());
create policy "Enable update for admins" on public.configuration
  for update to authenticated using (public.is_admin()) with check (public.is_admin());

insert into public.configuration (id, config) values (1, '{}');

create function pg_temp.to_slug(label text) returns text
  language sql immutable
as $$ select trim(both '-' from regexp_replace(lower(label), '[^a-z0-9]+', '-', 'g')) $$;

update public.companies set sector = pg_temp.to_slug(sector) where sector is not null;
update public.deals set category = pg_temp.to_slug(category) where category is not null;
update public.tasks set type = pg_temp.to_slug(type) where type is not null;
update public.contact_notes set status = pg_temp.to_slug(status) where status is not null;
