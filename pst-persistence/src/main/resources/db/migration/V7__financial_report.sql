-- The directeur financier's report on the PST: for a budget year, annual or at mid-term or at the end of the mandate
-- (then presenting the PST and its evolution since the start of the mandate), the DF's commentary; its figures are
-- computed from the budget lines and their yearly follow-up, never stored twice.
create table financial_report (
    id           bigint generated always as identity primary key,
    plan_id      bigint not null references plan (id) on delete cascade,
    report_year  integer not null check (report_year between 2000 and 2100),
    kind         varchar(10) not null check (kind in ('ANNUAL', 'MID_TERM', 'FINAL')),
    commentary   text,
    version      bigint not null default 0,
    constraint financial_report_unique unique (plan_id, report_year, kind)
);

create constraint trigger financial_report_bumps_revision after insert or update or delete on financial_report
    deferrable initially deferred for each row execute function bump_plan_data_revision();
