-- One feed of "created" events for the dashboard, and indexes for the foreign keys it joins on.
create view public.activity_log with (security_invoker = on) as
select 'company.' || c.id || '.created' as id, 'company.created' as type, c.created_at as date,
       c.id as company_id, c.sales_id, to_json(c.*) as company, null::json as contact, null::json as deal,
       null::json as contact_note, null::json as deal_note
from public.companies c
union all
select 'contact.' || co.id || '.created', 'contact.created', co.first_seen, co.company_id, co.sales_id,
       null, to_json(co.*), null, null, null
from public.contacts co
union all
select 'contactNote.' || n.id || '.created', 'contactNote.created', n.date, co.company_id, n.sales_id,
       null, null, null, to_json(n.*), null
from public.contact_notes n
left join public.contacts co on co.id = n.contact_id
union all
select 'deal.' || d.id || '.created', 'deal.created', d.created_at, d.company_id, d.sales_id,
       null, null, to_json(d.*), null, null
from public.deals d
union all
select 'dealNote.' || n.id || '.created', 'dealNote.created', n.date, d.company_id, n.sales_id,
       null, null, null, null, to_json(n.*)
from public.deal_notes n
left join public.deals d on d.id = n.deal_id;

create index contact_notes_contact_id_idx on public.contact_notes (contact_id);
create index contacts_company_id_idx on public.contacts (company_id);
create index deal_notes_deal_id_idx on public.deal_notes (deal_id);
create index deals_company_id_idx on public.deals (company_id);
