-- The annual evaluation by the CODIR and its report to the Conseil de l'Action Sociale: an evaluation has a life
-- (en préparation → validée par le CODIR → présentée au Conseil → publiée), a reference date at which its figures
-- are frozen (kept as written, so that the report reads the same next year), an introduction; each objective or
-- action evaluated gets an appréciation on a fixed scale, the evaluation text (column "assessment", as before), a
-- decision with its details, and whether it is a major adjustment that needs the council's adoption.
alter table evaluation
    add column status         varchar(12) not null default 'PREPARATION'
                              check (status in ('PREPARATION', 'VALIDATED', 'PRESENTED', 'PUBLISHED')),
    add column reference_date date,
    add column introduction   text,
    add column validated_on   date,
    add column presented_on   date,
    add column deliberation   varchar(200),
    add column frozen_figures text;

alter table evaluation_item
    add column appreciation     varchar(15)
                                check (appreciation in ('ACHIEVED', 'ON_TRACK', 'TO_STRENGTHEN', 'NOT_ACHIEVED',
                                                        'NOT_APPLICABLE')),
    add column decision_details text,
    add column major_adjustment boolean not null default false;
