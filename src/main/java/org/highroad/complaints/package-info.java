/**
 * Worker complaints (29 CFR 5.6): a public form ({@code /public/complaints}) and endpoint
 * ({@code POST /api/public/complaints}, no login, limited per client address and in size) take a complaint, anonymous
 * by default; the {@code workerComplaint} process ({@code bpmn/complaints/worker-complaint.bpmn}) gives an auditor a
 * triage task (contract, contractor, payroll worker, week), compares the account with the certified payroll
 * ({@code payroll.WorkerClaims}) and ends in a payroll finding, which joins the contractor's compliance case, or a site
 * visit. A complaint's finding owes only what the payroll's findings for that worker and week do not, once (two
 * complaints compared at the same moment are compared one after the other), and is restated when the week's payroll in
 * force changes ({@code RecomparedComplaints}, {@code payroll.ClaimRestatements}). A worker's account of their pay in their own terms
 * is priced for auditors as a claim ({@link org.highroad.complaints.ClaimPricing}). API:
 * {@link org.highroad.complaints.WorkerComplaints}. Only auditors and administrators read complaints; the
 * complainant's identity never reaches a contractor (29 CFR 5.6(a)(5)). Depends on {@code payroll}, {@code contracts}
 * and {@code platform}.
 */
package org.highroad.complaints;
