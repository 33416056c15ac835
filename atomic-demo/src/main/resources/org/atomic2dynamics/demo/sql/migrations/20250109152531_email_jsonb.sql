-- Several emails per contact: the scalar email becomes [{"email": ..., "type": "Other"}].
drop view public.contacts_summary;

alter table public.contacts add column email_jsonb jsonb;
update public.contacts
set email_jsonb = jsonb_build_array(jsonb_build_object('email', email, 'type', 'Other'))
where email is not null;
alter table public.contacts drop column email;

create view public.contacts_summary as
select co.*,
       (jsonb_path_query_array(co.email_jsonb, '$[*]."email"'))::text as email_fts,
       c.name as company_name,
       count(distinct t.id) as nb_tasks
from public.contacts co
left join public.tasks t on co.id = t.contact_id
left join public.companies c on c.id = co.company_id
group by co.id, c.name;
