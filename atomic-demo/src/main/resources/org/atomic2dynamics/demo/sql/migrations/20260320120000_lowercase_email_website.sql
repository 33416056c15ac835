-- Emails and websites compare without case: citext columns, and contact emails stored in lower case.
drop view public.activity_log;
drop view public.companies_summary;

alter table public.companies alter column website type extensions.citext;
alter table public.sales alter column email type extensions.citext;

create view public.companies_summary with (security_invoker = on) as
select c.*, count(distinct d.id) as nb_deals, count(distinct co.id) as nb_contacts
from public.companies c
left join public.deals d on c.id = d.company_id
left join public.contacts co on c.id = co.company_id
group by c.id;

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

create function public.lowercase_email_jsonb() returns trigger
  language plpgsql set search_path = ''
as $$
begin
  if new.email_jsonb is not null and jsonb_typeof(new.email_jsonb) = 'array' then
    new.email_jsonb := (
      select coalesce(jsonb_agg(
               case when e ? 'email' then jsonb_set(e, '{email}', to_jsonb(lower(e ->> 'email'))) else e end
               order by ord), '[]'::jsonb)
      from jsonb_array_elements(new.email_jsonb) with ordinality as x(e, ord));
  end if;
  return new;
end;
$$;

create trigger "10_lowercase_contact_emails" before insert or update on public.contacts
  for each row execute function public.lowercase_email_jsonb();

update public.contacts set email_jsonb = email_jsonb where email_jsonb is not null;
