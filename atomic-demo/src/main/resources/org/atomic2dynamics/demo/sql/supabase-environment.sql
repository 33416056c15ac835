-- The parts of a Supabase database that Atomic CRM relies on, as stand-ins: the extensions schema with
-- citext, auth.users and auth.uid(), storage.buckets/objects, and the migration history table.
-- Column sets follow Supabase's own tables closely enough for the CRM and the audit; they are not complete.

create schema if not exists extensions;
create extension if not exists citext with schema extensions;

create schema if not exists auth;

create table auth.users (
  instance_id uuid,
  id uuid not null primary key,
  aud varchar(255),
  role varchar(255),
  email varchar(255),
  encrypted_password varchar(255),
  email_confirmed_at timestamptz,
  last_sign_in_at timestamptz,
  raw_app_meta_data jsonb,
  raw_user_meta_data jsonb,
  is_sso_user boolean not null default false,
  banned_until timestamptz,
  created_at timestamptz,
  updated_at timestamptz,
  deleted_at timestamptz
);

-- The caller's user id from the PostgREST JWT claims; null in a plain SQL session, as on Supabase.
create function auth.uid() returns uuid
  language sql stable
as $$
  select nullif(coalesce(
    nullif(current_setting('request.jwt.claim.sub', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')), '')::uuid
$$;

create function auth.role() returns text
  language sql stable
as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.role', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role'))
$$;

create schema if not exists storage;

create table storage.buckets (
  id text not null primary key,
  name text not null,
  owner uuid,
  created_at timestamptz default now(),
  updated_at timestamptz default now(),
  public boolean default false,
  avif_autodetection boolean default false,
  file_size_limit bigint,
  allowed_mime_types text[],
  owner_id text
);
create unique index bname on storage.buckets (name);

create table storage.objects (
  id uuid not null default gen_random_uuid() primary key,
  bucket_id text references storage.buckets (id),
  name text,
  owner uuid,
  created_at timestamptz default now(),
  updated_at timestamptz default now(),
  last_accessed_at timestamptz default now(),
  metadata jsonb,
  path_tokens text[] generated always as (string_to_array(name, '/')) stored,
  version text,
  owner_id text,
  user_metadata jsonb
);
create unique index bucketid_objname on storage.objects (bucket_id, name);
alter table storage.buckets enable row level security;
alter table storage.objects enable row level security;

create schema if not exists supabase_migrations;
create table supabase_migrations.schema_migrations (
  version text not null primary key,
  statements text[],
  name text
);

create schema if not exists private;

grant usage on schema public, extensions, storage to anon, authenticated, service_role;
grant usage on schema auth to service_role;
grant all on storage.buckets, storage.objects to anon, authenticated, service_role;
grant all on auth.users to service_role;

-- Supabase grants every new public object to the API roles; RLS then decides which rows they see.
alter default privileges in schema public grant all on tables to anon, authenticated, service_role;
alter default privileges in schema public grant all on sequences to anon, authenticated, service_role;
alter default privileges in schema public grant all on functions to anon, authenticated, service_role;
