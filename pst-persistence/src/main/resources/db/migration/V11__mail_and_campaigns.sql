-- Monthly update campaigns and the messages that make the round happen.
--
-- A person's e-mail address, set by the administrator or by the person.
alter table account add column email varchar(254);

-- A campaign the DG opens on a plan ("mise à jour de novembre"): a deadline, an optional message; when it is closed,
-- the figures of that day (who updated what by the deadline) are kept for the evaluation.
create table update_campaign (
    id               bigint generated always as identity primary key,
    plan_id          bigint not null references plan (id) on delete cascade,
    title            varchar(200) not null,
    deadline         date not null,
    message          text,
    opened_at        timestamp with time zone not null,
    opened_by        varchar(200),
    closed_at        timestamp with time zone,
    closing_figures  text,
    version          bigint not null default 0
);

create unique index update_campaign_one_open on update_campaign (plan_id) where closed_at is null;

create constraint trigger update_campaign_bumps_revision after insert or update or delete on update_campaign
    deferrable initially deferred for each row execute function bump_plan_data_revision();

-- Every message, recorded before it is sent: never twice for the same reason (reason_key), retried with a delay when
-- the SMTP server fails, kept (never sent) when no SMTP server is configured.
create table mail_message (
    id               bigint generated always as identity primary key,
    reason_key       varchar(300) not null,
    reason           varchar(30) not null,
    campaign_id      bigint references update_campaign (id) on delete set null,
    account_id       bigint references account (id),
    recipient        varchar(254) not null,
    subject          varchar(300) not null,
    html             text not null,
    plain            text not null,
    state            varchar(10) not null check (state in ('PENDING', 'SENT', 'FAILED', 'KEPT')),
    attempts         integer not null default 0,
    next_attempt_at  timestamp with time zone not null,
    last_error       text,
    created_at       timestamp with time zone not null,
    sent_at          timestamp with time zone,
    version          bigint not null default 0,
    constraint mail_message_once unique (reason_key)
);

create index mail_message_due on mail_message (next_attempt_at) where state = 'PENDING';

-- Scheduled work runs once even when several application nodes share the database.
create table shedlock (
    name        varchar(64) primary key,
    lock_until  timestamp with time zone not null,
    locked_at   timestamp with time zone not null,
    locked_by   varchar(255) not null
);
