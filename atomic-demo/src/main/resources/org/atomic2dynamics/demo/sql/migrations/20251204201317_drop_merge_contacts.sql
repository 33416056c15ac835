drop function public.merge_contacts(bigint, bigint);
