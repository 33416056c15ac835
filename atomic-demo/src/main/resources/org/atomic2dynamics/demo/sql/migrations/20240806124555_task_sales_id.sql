-- Tasks get an owner, as a plain bigint: there is no foreign key to sales.
alter table public.tasks add column sales_id bigint;
