-- A closing date has no time of day: keep the UTC calendar date.
alter table public.deals
  alter column expected_closing_date type date using (expected_closing_date at time zone 'UTC')::date;
