/**
 * Job-quality scoring: turns a rubric (a list of {@link org.highroad.standards.scoring.Criterion}) and one set of
 * {@link org.highroad.standards.scoring.Answers} into a {@link org.highroad.standards.scoring.Scorecard}.
 *
 * <p>The same scoring is shared by bids, vendor profiles and subsidy requests, so this package knows none of them:
 * it is pure Java (no Spring, no JPA, no process engine) and every result can be recomputed by hand from the
 * rubric and the answers. Callers map their JSON and entities onto these records.
 *
 * <p>Criteria are grouped by the eight job-quality principles of Results for America (RFA): earnings, schedules,
 * safety and security, benefits, voice and representation, learning and development, environment and culture,
 * purpose and meaning (<a href="https://jobquality.results4america.org/what-is-job-quality/job-quality-principles">
 * RFA Job Quality Principles</a>). Price is scored beside them, never inside one.
 */
package org.highroad.standards.scoring;
