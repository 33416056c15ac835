create policy "Enable update for authenticated users only" on public.tags for update to authenticated using (true) with check (true);
create policy "Enable delete for authenticated users only" on public.tags for delete to authenticated using (true);
