-- Deleting a plan deletes everything it holds (its vocabularies, nodes and follow-up) in one statement.
-- The PST model: plans, their vocabularies, their tree of nodes with the fiche of projets and actions,
-- étapes, indicators, budget lines, the progress journal, evaluations, and the ODD / enjeux reference data.

create table sdg (
    sdg_number  integer primary key check (sdg_number between 1 and 17),
    name        varchar(200) not null,
    colour      char(7) not null
);

insert into sdg (sdg_number, name, colour) values
    (1, 'Pas de pauvreté', '#E5243B'),
    (2, 'Faim « zéro »', '#DDA63A'),
    (3, 'Bonne santé et bien-être', '#4C9F38'),
    (4, 'Éducation de qualité', '#C5192D'),
    (5, 'Égalité entre les sexes', '#FF3A21'),
    (6, 'Eau propre et assainissement', '#26BDE2'),
    (7, 'Énergie propre et d’un coût abordable', '#FCC30B'),
    (8, 'Travail décent et croissance économique', '#A21942'),
    (9, 'Industrie, innovation et infrastructure', '#FD6925'),
    (10, 'Inégalités réduites', '#DD1367'),
    (11, 'Villes et communautés durables', '#FD9D24'),
    (12, 'Consommation et production responsables', '#BF8B2E'),
    (13, 'Mesures relatives à la lutte contre les changements climatiques', '#3F7E44'),
    (14, 'Vie aquatique', '#0A97D9'),
    (15, 'Vie terrestre', '#56C02B'),
    (16, 'Paix, justice et institutions efficaces', '#00689D'),
    (17, 'Partenariats pour la réalisation des objectifs', '#19486A');

create table walloon_enjeu (
    enjeu_number  integer primary key check (enjeu_number between 1 and 4),
    name          varchar(200) not null
);

insert into walloon_enjeu (enjeu_number, name) values
    (1, 'Enjeu démocratique'),
    (2, 'Enjeu de la gouvernance et de la gestion performante'),
    (3, 'Enjeu de la transition des communautés et des territoires'),
    (4, 'Enjeu de la cohésion sociale');

create table plan (
    id                bigint generated always as identity primary key,
    organisation_id   bigint not null references organisation (id),
    title             varchar(300) not null,
    period_start      integer not null,
    period_end        integer not null,
    status            varchar(20) not null default 'DRAFT' check (status in ('DRAFT', 'ADOPTED', 'ARCHIVED')),
    adopted_on        date,
    council_decision  varchar(300),
    dps_summary       text,
    introduction      text,
    plan_values       text,
    political_vision  text,
    resources         text,
    conclusion        text,
    stale_after_days  integer not null default 45 check (stale_after_days between 1 and 366),
    due_soon_days     integer not null default 30 check (due_soon_days between 1 and 366),
    created_at        timestamp with time zone not null default now(),
    version           bigint not null default 0,
    constraint plan_period_order check (period_end >= period_start)
);
create index plan_organisation_idx on plan (organisation_id);

create table plan_swot_item (
    plan_id   bigint not null references plan (id) on delete cascade,
    position  integer not null,
    quadrant  varchar(20) not null check (quadrant in ('STRENGTH', 'WEAKNESS', 'OPPORTUNITY', 'THREAT')),
    text      text not null,
    primary key (plan_id, position)
);

create table priority_level (
    id        bigint generated always as identity primary key,
    plan_id   bigint not null references plan (id) on delete cascade,
    position  integer not null,
    code      varchar(20) not null,
    label     varchar(200) not null,
    meaning   text,
    version   bigint not null default 0,
    constraint priority_level_code_unique unique (plan_id, code)
);

create table progress_state (
    id        bigint generated always as identity primary key,
    plan_id   bigint not null references plan (id) on delete cascade,
    position  integer not null,
    label     varchar(100) not null,
    category  varchar(20) not null
              check (category in ('NOT_STARTED', 'IN_PROGRESS', 'SUSPENDED', 'DONE', 'ABANDONED', 'UNDETERMINED')),
    version   bigint not null default 0,
    constraint progress_state_label_unique unique (plan_id, label)
);

create table service_unit (
    id        bigint generated always as identity primary key,
    plan_id   bigint not null references plan (id) on delete cascade,
    position  integer not null,
    name      varchar(200) not null,
    version   bigint not null default 0,
    constraint service_unit_name_unique unique (plan_id, name)
);

create table partner (
    id        bigint generated always as identity primary key,
    plan_id   bigint not null references plan (id) on delete cascade,
    position  integer not null,
    name      varchar(200) not null,
    version   bigint not null default 0,
    constraint partner_name_unique unique (plan_id, name)
);

create table person (
    id          bigint generated always as identity primary key,
    plan_id     bigint not null references plan (id) on delete cascade,
    position    integer not null,
    name        varchar(200) not null,
    job_title   varchar(200),
    account_id  bigint references account (id),
    version     bigint not null default 0,
    constraint person_name_unique unique (plan_id, name)
);

create table political_objective (
    id        bigint generated always as identity primary key,
    plan_id   bigint not null references plan (id) on delete cascade,
    position  integer not null,
    code      varchar(30),
    title     text not null,
    version   bigint not null default 0
);

create table plan_node (
    id                       bigint generated always as identity primary key,
    plan_id                  bigint not null references plan (id) on delete cascade,
    parent_id                bigint references plan_node (id) on delete cascade,
    position                 integer not null,
    kind                     varchar(30) not null check (kind in ('VOLET', 'AXE', 'STRATEGIC_OBJECTIVE',
                                 'OPERATIONAL_OBJECTIVE', 'PROJECT', 'ACTION')),
    code                     varchar(40),
    title                    varchar(1000) not null,
    description              text,
    scope                    varchar(10) check (scope in ('EXTERNAL', 'INTERNAL', 'BOTH')),
    priority_id              bigint references priority_level (id) on delete set null,
    state_id                 bigint references progress_state (id) on delete set null,
    progress_percent         integer check (progress_percent between 0 and 100),
    state_reason             text,
    weight                   integer not null default 1 check (weight between 0 and 100),
    pilote_id                bigint references person (id) on delete set null,
    responsable_id           bigint references person (id) on delete set null,
    responsable_text         varchar(300),
    deadline_text            varchar(300),
    deadline_kind            varchar(20) check (deadline_kind in ('DATE', 'MONTH', 'PART_OF_YEAR', 'YEAR', 'PERIOD',
                                 'RECURRENCE', 'ONGOING', 'UNPARSED')),
    deadline_due_date        date,
    deadline_times_per_year  integer,
    planned_start            date,
    planned_end              date,
    actual_start             date,
    actual_end               date,
    synergy_status           varchar(20) check (synergy_status in ('TO_CONSIDER', 'EXISTING', 'NOT_APPLICABLE',
                                 'UNDETERMINED')),
    synergy_details          text,
    internal_note            text,
    version                  bigint not null default 0
);
create index plan_node_plan_idx on plan_node (plan_id, position);
create index plan_node_parent_idx on plan_node (parent_id);
create index plan_node_due_idx on plan_node (plan_id, deadline_due_date);

create table node_service (
    node_id     bigint not null references plan_node (id) on delete cascade,
    service_id  bigint not null references service_unit (id) on delete cascade,
    primary key (node_id, service_id)
);

create table node_partner (
    node_id     bigint not null references plan_node (id) on delete cascade,
    partner_id  bigint not null references partner (id) on delete cascade,
    primary key (node_id, partner_id)
);

create table node_political_objective (
    node_id                 bigint not null references plan_node (id) on delete cascade,
    political_objective_id  bigint not null references political_objective (id) on delete cascade,
    primary key (node_id, political_objective_id)
);

create table node_secondary_objective (
    node_id       bigint not null references plan_node (id) on delete cascade,
    objective_id  bigint not null references plan_node (id) on delete cascade,
    primary key (node_id, objective_id),
    constraint node_secondary_not_self check (node_id <> objective_id)
);

create table node_sdg (
    node_id     bigint not null references plan_node (id) on delete cascade,
    sdg_number  integer not null references sdg (sdg_number),
    primary key (node_id, sdg_number)
);

create table node_enjeu (
    node_id       bigint not null references plan_node (id) on delete cascade,
    enjeu_number  integer not null references walloon_enjeu (enjeu_number),
    primary key (node_id, enjeu_number)
);

create table node_risk (
    node_id   bigint not null references plan_node (id) on delete cascade,
    position  integer not null,
    text      text not null,
    primary key (node_id, position)
);

create table plan_step (
    id                       bigint generated always as identity primary key,
    node_id                  bigint not null references plan_node (id) on delete cascade,
    position                 integer not null,
    title                    varchar(1000) not null,
    who                      varchar(300),
    deadline_text            varchar(300),
    deadline_kind            varchar(20),
    deadline_due_date        date,
    deadline_times_per_year  integer,
    done                     boolean not null default false,
    done_on                  date,
    version                  bigint not null default 0
);
create index plan_step_node_idx on plan_step (node_id, position);

create table indicator (
    id              bigint generated always as identity primary key,
    node_id         bigint not null references plan_node (id) on delete cascade,
    position        integer not null,
    name            varchar(500) not null,
    unit            varchar(50),
    baseline_value  numeric(14, 2),
    baseline_date   date,
    target_value    numeric(14, 2),
    target_date     date,
    direction       varchar(10) not null check (direction in ('INCREASE', 'DECREASE', 'MAINTAIN')),
    version         bigint not null default 0
);
create index indicator_node_idx on indicator (node_id, position);

create table indicator_value (
    id              bigint generated always as identity primary key,
    indicator_id    bigint not null references indicator (id) on delete cascade,
    measured_on     date not null,
    measured_value  numeric(14, 2) not null,
    comment         text,
    author          varchar(200),
    recorded_at     timestamp with time zone not null default now()
);
create index indicator_value_indicator_idx on indicator_value (indicator_id, measured_on);

create table budget_line (
    id                bigint generated always as identity primary key,
    node_id           bigint not null references plan_node (id) on delete cascade,
    position          integer not null,
    amount_min        numeric(14, 2) check (amount_min >= 0),
    amount_max        numeric(14, 2),
    recurrence        varchar(10) not null default 'ONE_OFF' check (recurrence in ('ONE_OFF', 'YEARLY')),
    budget_year       integer,
    cost_basis        varchar(10) not null default 'TOTAL' check (cost_basis in ('TOTAL', 'EXTRA')),
    budget_service    varchar(15) check (budget_service in ('ORDINARY', 'EXTRAORDINARY')),
    budget_article    varchar(50),
    financing         varchar(10) check (financing in ('OWN_FUNDS', 'SUBSIDY', 'LOAN', 'OTHER')),
    subsidising_body  varchar(200),
    comment           text,
    original_text     text,
    version           bigint not null default 0,
    constraint budget_line_range check (amount_max is null or amount_max >= amount_min),
    constraint budget_line_something check (amount_min is not null or original_text is not null)
);
create index budget_line_node_idx on budget_line (node_id, position);

create table budget_follow_up (
    id              bigint generated always as identity primary key,
    budget_line_id  bigint not null references budget_line (id) on delete cascade,
    budget_year     integer not null,
    inscribed       numeric(14, 2) check (inscribed >= 0),
    committed       numeric(14, 2) check (committed >= 0),
    charged         numeric(14, 2) check (charged >= 0),
    version         bigint not null default 0,
    constraint budget_follow_up_year_unique unique (budget_line_id, budget_year)
);

create table progress_entry (
    id                 bigint generated always as identity primary key,
    node_id            bigint not null references plan_node (id) on delete cascade,
    recorded_on        date not null,
    recorded_at        timestamp with time zone not null default now(),
    author             varchar(200) not null,
    author_account_id  bigint references account (id),
    state_id           bigint references progress_state (id) on delete set null,
    progress_percent   integer check (progress_percent between 0 and 100),
    comment            text
);
create index progress_entry_node_idx on progress_entry (node_id, recorded_on desc);

create table evaluation (
    id               bigint generated always as identity primary key,
    plan_id          bigint not null references plan (id) on delete cascade,
    evaluation_year  integer not null,
    kind             varchar(10) not null check (kind in ('ANNUAL', 'MID_TERM', 'FINAL')),
    synergy_review   text,
    created_at       timestamp with time zone not null default now(),
    version          bigint not null default 0,
    constraint evaluation_unique unique (plan_id, evaluation_year, kind)
);

create table evaluation_item (
    id             bigint generated always as identity primary key,
    evaluation_id  bigint not null references evaluation (id) on delete cascade,
    node_id        bigint not null references plan_node (id) on delete cascade,
    assessment     text,
    decision       varchar(10) check (decision in ('KEEP', 'ADAPT', 'POSTPONE', 'ABANDON', 'ADD')),
    version        bigint not null default 0,
    constraint evaluation_item_unique unique (evaluation_id, node_id)
);
