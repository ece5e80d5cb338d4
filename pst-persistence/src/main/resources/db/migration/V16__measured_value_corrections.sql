-- A measured indicator value can be corrected or withdrawn by its author or the DG, with a reason kept in the
-- history: the account that measured it (unknown for values recorded before), the reason of the last correction or
-- of the withdrawal, and a version against concurrent corrections.

alter table indicator_value add column author_account_id bigint references account (id);
alter table indicator_value add column change_reason varchar(500);
alter table indicator_value add column version bigint not null default 0;
