/**
 * Platform: what every module stands on. Security ({@code security}: roles as engine identity groups, HTTP Basic
 * against the engine's identity service, the signed-in {@code HighroadUser}), web errors as RFC 9457 problem details
 * ({@code web}), shared exceptions ({@code errors}, {@code validation}), the clock, money ({@code money}), business
 * days and each agency's holidays ({@code time}), and the engine adapters
 * ({@code process}: the only platform package that imports {@code org.operaton}). Depends on no business module.
 */
package org.highroad.platform;
