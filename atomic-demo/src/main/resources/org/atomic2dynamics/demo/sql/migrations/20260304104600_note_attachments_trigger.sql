-- Upstream adds pg_net and four triggers that ask an edge function to delete the storage objects of
-- deleted notes. Not reproduced: the embedded server has no pg_net, and the triggers never change rows.
select 1;
