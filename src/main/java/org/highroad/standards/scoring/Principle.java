package org.highroad.standards.scoring;

/**
 * The eight job-quality principles of Results for America (RFA), in the order the RFA framework lists its job
 * necessities, opportunities and features. Scorecard subtotals follow this order.
 */
public enum Principle {
    EARNINGS,
    SCHEDULES,
    SAFETY_AND_SECURITY,
    BENEFITS,
    VOICE_AND_REPRESENTATION,
    LEARNING_AND_DEVELOPMENT,
    ENVIRONMENT_AND_CULTURE,
    PURPOSE_AND_MEANING
}
