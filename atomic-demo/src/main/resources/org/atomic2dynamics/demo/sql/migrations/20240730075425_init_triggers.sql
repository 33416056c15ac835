-- Every auth user gets a sales row; the first one becomes administrator.
create function public.handle_new_user() returns trigger
  language plpgsql security definer set search_path = ''
as $$
declare
  sales_count int;
begin
  select count(id) into sales_count from public.sales;
  insert into public.sales (first_name, last_name, email, user_id, administrator)
  values (new.raw_user_meta_data ->> 'first_name', new.raw_user_meta_data ->> 'last_name', new.email, new.id,
          sales_count = 0);
  return new;
end;
$$;

create function public.handle_update_user() returns trigger
  language plpgsql security definer set search_path = ''
as $$
begin
  update public.sales
  set first_name = new.raw_user_meta_data ->> 'first_name',
      last_name = new.raw_user_meta_data ->> 'last_name',
      email = new.email
  where user_id = new.id;
  return new;
end;
$$;

create trigger on_auth_user_created after insert on auth.users
  for each row execute function public.handle_new_user();
create trigger on_auth_user_updated after update on auth.users
  for each row execute function public.handle_update_user();

create unique index uq__sales__user_id on public.sales (user_id);

create view public.init_state as
select count(id) as is_initialized from public.sales;
