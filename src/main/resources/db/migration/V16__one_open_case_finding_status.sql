-- One open compliance case per contract and contractor: open_key ("contract:vendor") is set while a case is open and
-- cleared when it closes; unique, so two findings arriving together cannot open two cases (H2 and PostgreSQL both
-- allow any number of NULLs in a unique index, which is what closed cases hold). Where earlier races opened several
-- cases, the newest open one takes the key and the next findings join it; the others run to their own close.
alter table compliance_case add column open_key varchar(60);
update compliance_case set open_key = cast(contract_id as varchar(20)) || ':' || cast(vendor_id as varchar(20))
    where status = 'OPEN' and id = (select max(o.id) from compliance_case o where o.contract_id = compliance_case.contract_id
        and o.vendor_id = compliance_case.vendor_id and o.status = 'OPEN');
create unique index uq_compliance_case_open on compliance_case (open_key);
