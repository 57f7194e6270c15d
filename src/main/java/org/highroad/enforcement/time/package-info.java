/**
 * Calendar arithmetic for enforcement deadlines, now in {@code org.highroad.platform.time} (business days, US federal
 * holidays, each agency's own holidays); {@link org.highroad.enforcement.time.BusinessDays} only delegates there.
 */
package org.highroad.enforcement.time;
