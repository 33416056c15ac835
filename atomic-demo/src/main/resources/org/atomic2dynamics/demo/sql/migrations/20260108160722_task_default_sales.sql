-- Records created without an owner get the calling user's sales row (null for the service role).
create function public.set_sales_id_default() returns trigger
  language plpgsql security definer set search_path = ''
as $$
begin
  if new.sales_id is null then
    select id into new.sales_id from public.sales where user_id = auth.uid();
  end if;
  return new;
end;
$$;

create trigger set_companies_sales_id_trigger before insert on public.companies
  for each row execute function public.set_sales_id_default();
create trigger set_contacts_sales_id_trigger before insert on public.contacts
  for each row execute function public.set_sales_id_default();
create trigger set_contact_notes_sales_id_trigger before insert on public."contactNotes"
  for each row execute function public.set_sales_id_default();
create trigger set_deals_sales_id_trigger before insert on public.deals
  for each row execute function public.set_sales_id_default();
create trigger set_deal_notes_sales_id_trigger before insert on public."dealNotes"
  for each row execute function public.set_sales_id_default();
create trigger set_tasks_sales_id_trigger before insert on public.tasks
  for each row execute function public.set_sales_id_default();
