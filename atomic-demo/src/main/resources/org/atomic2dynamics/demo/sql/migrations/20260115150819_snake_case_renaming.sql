-- Breaking change of v1.5.0: snake_case names. Sequences, primary keys and foreign keys keep their old names.
drop view public.companies_summary;
drop view public.contacts_summary;

alter table public.companies rename column "stateAbbr" to state_abbr;
alter table public."contactNotes" rename to contact_notes;
alter table public."dealNotes" rename to deal_notes;

create view public.companies_summary as
select c.*, count(distinct d.id) as nb_deals, count(distinct co.id) as nb_contacts
from public.companies c
left join public.deals d on c.id = d.company_id
left join public.contacts co on c.id = co.company_id
group by c.id;

create view public.contacts_summary as
select co.*,
       (jsonb_path_query_array(co.email_jsonb, '$[*]."email"'))::text as email_fts,
       (jsonb_path_query_array(co.phone_jsonb, '$[*]."number"'))::text as phone_fts,
       c.name as company_name,
       count(distinct t.id) as nb_tasks
from public.contacts co
left join public.tasks t on co.id = t.contact_id
left join public.companies c on c.id = co.company_id
group by co.id, c.name;

create function public.merge_contacts(loser_id bigint, winner_id bigint) returns bigint
  language plpgsql security invoker set search_path = ''
as $$
begin
  update public.contact_notes set contact_id = winner_id where contact_id = loser_id;
  update public.tasks set contact_id = winner_id where contact_id = loser_id;
  update public.deals set contact_ids = array_replace(contact_ids, loser_id, winner_id)
  where loser_id = any (contact_ids);
  delete from public.contacts where id = loser_id;
  return winner_id;
end;
$$;
