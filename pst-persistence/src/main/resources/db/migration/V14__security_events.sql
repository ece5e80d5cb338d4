-- Security events join the audit trail: a refused sign-in, an account held back after too many wrong passwords, a
-- page or change refused to a signed-in person. They are rows of type 'Security' with their own actions.

alter table audit_event drop constraint audit_event_action_check;
alter table audit_event add constraint audit_event_action_check
    check (action in ('CREATE', 'UPDATE', 'DELETE', 'REFUSED', 'LOCKED', 'DENIED'));
create index audit_event_type_idx on audit_event (entity_type, occurred_at desc);
