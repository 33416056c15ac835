-- contacts_summary.nb_tasks counts open tasks only.
create or replace view public.contacts_summary as
select co.*,
       (jsonb_path_query_array(co.email_jsonb, '$[*]."email"'))::text as email_fts,
       (jsonb_path_query_array(co.phone_jsonb, '$[*]."number"'))::text as phone_fts,
       c.name as company_name,
       count(distinct t.id) filter (where t.done_date is null) as nb_tasks
from public.contacts co
left join public.tasks t on co.id = t.contact_id
left join public.companies c on c.id = co.company_id
group by co.id, c.name;
