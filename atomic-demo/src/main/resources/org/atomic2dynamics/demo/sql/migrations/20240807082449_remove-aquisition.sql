drop view public.contacts_summary;

alter table public.contacts drop column acquisition;

create view public.contacts_summary as
select co.*, c.name as company_name, count(distinct t.id) as nb_tasks
from public.contacts co
left join public.tasks t on co.id = t.contact_id
left join public.companies c on c.id = co.company_id
group by co.id, c.name;
