-- Views run with the caller's rights, so RLS of the caller applies.
alter view public.contacts_summary set (security_invoker = on);
alter view public.companies_summary set (security_invoker = on);
