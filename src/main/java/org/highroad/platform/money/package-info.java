/**
 * Money: {@link org.highroad.platform.money.Money}, US dollars at cents with one rounding (half up) and one way to
 * write them for the locale of the page or document ({@code $1,234.50}); a rate in fractions of a cent is written the
 * same way without being rounded ({@code Money.formatRate}). Every amount Highroad writes goes through it. Pure: no
 * framework.
 */
package org.highroad.platform.money;
