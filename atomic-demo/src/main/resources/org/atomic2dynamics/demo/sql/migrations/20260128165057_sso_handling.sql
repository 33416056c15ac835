-- SSO users may come without names: fall back to custom claims, then to 'Pending'.
-- Not reproduced: the pgjwt extension this migration enables (not shipped with the embedded server).
alter table public.sales alter column first_name set default 'Pending';
alter table public.sales alter column last_name set default 'Pending';

create or replace function public.handle_new_user() returns trigger
  language plpgsql security definer set search_path = ''
as $$
declare
  sales_count int;
begin
  select count(id) into sales_count from public.sales;
  insert into public.sales (first_name, last_name, email, user_id, administrator)
  values (
    coalesce(new.raw_user_meta_data ->> 'first_name', new.raw_user_meta_data -> 'custom_claims' ->> 'first_name', 'Pending'),
    coalesce(new.raw_user_meta_data ->> 'last_name', new.raw_user_meta_data -> 'custom_claims' ->> 'last_name', 'Pending'),
    new.email, new.id, sales_count = 0);
  return new;
end;
$$;

create or replace function public.handle_update_user() returns trigger
  language plpgsql security definer set search_path = ''
as $$
begin
  update public.sales
  set first_name = coalesce(new.raw_user_meta_data ->> 'first_name', new.raw_user_meta_data -> 'custom_claims' ->> 'first_name', 'Pending'),
      last_name = coalesce(new.raw_user_meta_data ->> 'last_name', new.raw_user_meta_data -> 'custom_claims' ->> 'last_name', 'Pending'),
      email = new.email
  where user_id = new.id;
  return new;
end;
$$;
