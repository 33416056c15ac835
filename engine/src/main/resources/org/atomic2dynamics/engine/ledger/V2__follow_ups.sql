-- Follow-up writes applied (state changes, closed opportunities, records created after the load), so a
-- re-run does not close an opportunity twice.
create table follow_ups (
  key      text primary key,
  hash     text not null,
  run_id   text not null,
  at       text not null
);
