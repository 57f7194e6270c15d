package org.highroad.payroll.wages;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Arithmetic shared by the wage checks (rounding conventions: see {@link WageCheck}). Amounts and rates are written
 * with {@link org.highroad.platform.money.Money}.
 */
final class WageMath {

    static final MathContext MC = MathContext.DECIMAL64;

    private WageMath() {
    }

    static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    static BigDecimal cents(BigDecimal n) {
        return n.setScale(2, RoundingMode.HALF_UP);
    }
}
