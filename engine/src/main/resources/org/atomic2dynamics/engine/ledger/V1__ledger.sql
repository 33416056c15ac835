-- The run ledger: what every run did, so a run can be reported, resumed, verified and rolled back.
-- It never holds secrets and never holds source data beyond ids and hashes (before-images excepted:
-- they are the target's own data, kept so rollback can restore it).
create table runs (
  id              text primary key,
  kind            text not null,
  started_at      text not null,
  finished_at     text,
  status          text not null,
  mapping_hash    text,
  source_instance text,
  target          text
);
create table phases (
  run_id        text not null references runs(id),
  name          text not null,
  seq           integer not null,
  source_table  text not null,
  target_table  text not null,
  source_count  integer not null default 0,
  created       integer not null default 0,
  updated       integer not null default 0,
  unchanged     integer not null default 0,
  rejected      integer not null default 0,
  held          integer not null default 0,
  checkpoint    integer,
  status        text not null,
  started_at    text not null,
  finished_at   text,
  primary key (run_id, name)
);
-- The latest known state of every record the tool wrote: the hash of what was sent decides "unchanged".
create table records (
  source_table  text not null,
  source_id     integer not null,
  target_table  text not null,
  target_id     text not null,
  hash          text not null,
  run_id        text not null,
  written_at    text not null,
  primary key (source_table, source_id, target_table)
);
-- Every outcome of every run, in order: rollback walks this backwards.
create table events (
  seq           integer primary key autoincrement,
  run_id        text not null,
  phase         text not null,
  source_table  text not null,
  source_id     integer not null,
  target_table  text not null,
  target_id     text,
  outcome       text not null,
  code          text,
  reason        text,
  at            text not null
);
create index events_run on events(run_id, outcome);
create table confirmations (
  mapping_file  text not null,
  hash          text not null,
  confirmed_by  text not null,
  confirmed_at  text not null
);
create table schema_ops (
  seq      integer primary key autoincrement,
  run_id   text,
  kind     text not null,
  name     text not null,
  detail   text,
  at       text not null
);
create table before_images (
  run_id        text not null,
  target_table  text not null,
  target_id     text not null,
  body          text not null,
  primary key (run_id, target_table, target_id)
);
