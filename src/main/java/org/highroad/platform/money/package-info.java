/**
 * Money: {@link org.highroad.platform.money.Money}, US dollars at cents with one rounding (half up) and one way to
 * write them for the locale of the page or document. Pure: no framework.
 */
package org.highroad.platform.money;
