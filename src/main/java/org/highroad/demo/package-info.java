/**
 * Demo data for a new user: one agency, the four presets, three vendors and one user per role, loaded once
 * through the other modules' APIs when {@code highroad.demo-data.enabled=true}; then, once, the demo's story
 * ({@link org.highroad.demo.DemoScenario}) played through the real processes ({@code process.DemoEngine}).
 */
package org.highroad.demo;
