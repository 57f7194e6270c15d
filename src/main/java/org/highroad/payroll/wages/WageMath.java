package org.highroad.payroll.wages;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Arithmetic and formatting shared by the wage checks (rounding conventions: see {@link WageCheck}). */
final class WageMath {

    static final MathContext MC = MathContext.DECIMAL64;

    private WageMath() {
    }

    static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    /**
     * An amount as {@link org.highroad.platform.money.Money} writes it; a rate in fractions of a cent is quoted exactly.
     *
     * @deprecated write amounts with {@link org.highroad.platform.money.Money#format(java.util.Locale)}.
     */
    @Deprecated(forRemoval = true)
    static String money(BigDecimal n) {
        BigDecimal m = n.stripTrailingZeros();
        return m.scale() <= 2 ? org.highroad.platform.money.Money.of(n).format(java.util.Locale.US) : "$" + m.toPlainString();
    }

    static BigDecimal cents(BigDecimal n) {
        return n.setScale(2, RoundingMode.HALF_UP);
    }
}
