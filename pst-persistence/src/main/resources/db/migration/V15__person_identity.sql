-- The identity of a person of the plan as the accounting (eComptes) asks for it: civility, first name, last name and
-- telephone, all optional (the plan's people are often only a name and a function).

alter table person add column civility varchar(10) check (civility in ('MADAME', 'MONSIEUR'));
alter table person add column first_name varchar(50);
alter table person add column last_name varchar(100);
alter table person add column phone varchar(15);
