-- Supabase stopped exposing new public objects by default: grant the views explicitly.
grant select on public.init_state to anon, authenticated, service_role;
grant all on public.contacts_summary, public.companies_summary, public.activity_log
  to anon, authenticated, service_role;
