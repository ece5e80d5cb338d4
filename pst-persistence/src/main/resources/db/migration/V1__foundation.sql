-- The CPAS served by this installation, and the accounts of the people who sign in.

create table organisation (
    id        bigint generated always as identity primary key,
    name      varchar(200) not null,
    address   varchar(500),
    website   varchar(300),
    ins_code  varchar(10),
    version   bigint not null default 0
);

create table account (
    id                    bigint generated always as identity primary key,
    username              varchar(100) not null,
    display_name          varchar(200) not null,
    password_hash         varchar(200) not null,
    active                boolean not null default true,
    must_change_password  boolean not null default false,
    created_at            timestamp with time zone not null default now(),
    version               bigint not null default 0,
    constraint account_username_unique unique (username),
    constraint account_username_lower check (username = lower(username))
);

create table account_role (
    account_id  bigint not null references account (id),
    role        varchar(20) not null,
    primary key (account_id, role),
    constraint account_role_known check (role in ('ADMIN', 'DG', 'DF', 'CODIR', 'AGENT', 'CONSEILLER'))
);
