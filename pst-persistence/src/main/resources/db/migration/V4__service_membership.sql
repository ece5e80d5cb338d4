-- Accounts belong to services: an agent follows up the actions in which a service of theirs is involved.
create table service_member (
    service_id  bigint not null references service_unit (id) on delete cascade,
    account_id  bigint not null references account (id),
    primary key (service_id, account_id)
);
create index service_member_account_idx on service_member (account_id);
