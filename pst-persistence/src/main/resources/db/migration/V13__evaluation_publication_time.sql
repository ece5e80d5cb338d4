-- When an evaluation was last published with the PST or withdrawn from it: the public pages' Last-Modified.
alter table evaluation add column publication_changed_at timestamp with time zone;
