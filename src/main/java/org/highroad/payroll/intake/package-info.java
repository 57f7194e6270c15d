/**
 * Certified payroll intake (WH-347 layout; 29 CFR 5.5(a)(3)): {@link org.highroad.payroll.intake.PayrollCsvReader} reads the
 * WH-347 CSV layout of docs/payroll-csv.md as a stream, validates every row (all errors at once, with row, column and
 * reason; every cell against the column it is kept in, {@link org.highroad.payroll.intake.PayrollCsvLayout#TEXT} and
 * {@code NUMBERS}, and for a full Social Security number, {@link org.highroad.payroll.intake.FullSsn}) and hands valid
 * rows one at a time to a {@link org.highroad.payroll.intake.RowSink}. A contractor's own export is read with a
 * {@link org.highroad.payroll.intake.ColumnMap} (checked by {@link org.highroad.payroll.intake.ColumnMapCheck}; the
 * Rev. 2008 WH-347 is {@link org.highroad.payroll.intake.BuiltInMaps}) by
 * {@link org.highroad.payroll.intake.MappedCsvAsCanonical}, which gives it out as the canonical layout while it streams,
 * so that it goes through the same reader and checks. Pure: no Spring, no
 * persistence; checks that need the contract (classification coverage, calendar week, apprentice registration) are the
 * caller's.
 */
package org.highroad.payroll.intake;
