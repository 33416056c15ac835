-- Several phones per contact: the two number/type pairs become [{"number": ..., "type": ...}].
drop view public.contacts_summary;

alter table public.contacts add column phone_jsonb jsonb;
update public.contacts
set phone_jsonb = (
  select coalesce(jsonb_agg(p.item), '[]'::jsonb)
  from (
    select jsonb_build_object('number', phone_1_number, 'type', phone_1_type) as item where phone_1_number is not null
    union all
    select jsonb_build_object('number', phone_2_number, 'type', phone_2_type) where phone_2_number is not null
  ) p);
alter table public.contacts
  drop column phone_1_number, drop column phone_1_type, drop column phone_2_number, drop column phone_2_type;

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
