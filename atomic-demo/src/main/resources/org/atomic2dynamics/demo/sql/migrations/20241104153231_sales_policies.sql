-- Writes to sales go through the users edge function with the service role from now on.
drop policy "Enable insert for authenticated users only" on public.sales;
drop policy "Enable update for authenticated users only" on public.sales;
