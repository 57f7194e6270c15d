-- When an auditor's verification (CURED or NOT_CURED) took in a contractor response. A response not yet taken in is
-- verified when the case returns to its cure wait, even if it came while another task of the case was open.
alter table case_response add column verified_at timestamp with time zone;
