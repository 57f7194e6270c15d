-- When an auditor's verification (CURED or NOT_CURED) took in a contractor response. A response not yet taken in is
-- verified when the case returns to its cure wait, even if it came while another task of the case was open.
alter table case_response add column verified_at timestamp with time zone;

-- The last ledger entry a notice was issued on: the notice re-read later shows the ledger as it stood then, not today.
-- Null for notices issued before this column: those show the ledger as it stands.
alter table case_notice add column ledger_through bigint;

-- Responses a verification already took in before this column existed: those submitted before the case's last
-- VERIFICATION step.
update case_response set verified_at = (select max(s.decided_at) from case_step s
        where s.case_id = case_response.case_id and s.step = 'VERIFICATION')
    where verified_at is null and submitted_at <= (select max(s.decided_at) from case_step s
        where s.case_id = case_response.case_id and s.step = 'VERIFICATION');
