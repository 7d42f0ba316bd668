-- PostGIS lives in the `extensions` schema, as Supabase recommends; every role searches it.
create schema if not exists extensions;
create extension if not exists postgis with schema extensions;
