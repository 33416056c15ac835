-- A database-side contact merge, dropped again by the next migration (the app merges in an edge function).
create function public.merge_contacts(loser_id bigint, winner_id bigint) returns bigint
  language sql security invoker
as $$ select winner_id $$;
