package org.highroad.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "whole dollars get their cents                     | 200        | en-US | $200.00",
            "thousands are grouped                             | 1234.5     | en-US | $1,234.50",
            "millions too                                      | 1100000    | en-US | $1,100,000.00",
            "a fraction of a cent rounds half up               | 0.375      | en-US | $0.38",
            "below half a cent rounds down                     | 0.3749     | en-US | $0.37",
            "a negative amount keeps its sign before the $     | -1234.5    | en-US | -$1,234.50",
            "zero                                              | 0          | en-US | $0.00",
            "Spanish pages write dollars the US way (es-US)    | 1234.5     | es-US | $1,234.50",
            "Spanish without a country is still es-US          | 1234.5     | es    | $1,234.50",
            "Spanish of Spain too: the amount is in US dollars | 1234.5     | es-ES | $1,234.50",
            "a language Highroad does not publish in: US       | 1234.5     | fr-FR | $1,234.50"})
    void anAmountIsWrittenInDollarsAndCentsForThePagesLanguage(String why, String amount, String language, String text) {
        assertThat(Money.of(amount).format(Locale.forLanguageTag(language))).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a rate in cents is written like money             | 31.4       | en-US | $31.40",
            "a rate in fractions of a cent keeps every digit   | 15.275     | en-US | $15.275",
            "trailing zeros are not digits of the rate         | 15.2750000 | en-US | $15.275",
            "a large rate is grouped like money                | 1234.5675  | en-US | $1,234.5675",
            "Spanish pages write a rate the US way too         | 15.275     | es-US | $15.275"})
    void aRateIsWrittenAsMoneyButNeverRounded(String why, String rate, String language, String text) {
        assertThat(Money.formatRate(new BigDecimal(rate), Locale.forLanguageTag(language))).isEqualTo(text);
    }

    @Test
    void aTextThatWritesTheDollarSignItselfGetsTheAmountWithoutIt() {
        assertThat(Money.of("30000").formatNumber(Locale.US)).isEqualTo("30,000.00");
        assertThat(Money.of("0.375").formatNumber(Locale.forLanguageTag("es-US"))).isEqualTo("0.38");
        assertThat("$" + Money.of("1234.5").formatNumber(Locale.US)).isEqualTo(Money.of("1234.5").format(Locale.US));
    }

    @Test
    void anAmountIsRoundedToCentsHalfUpOnceWhenItBecomesMoney() {
        assertThat(Money.of(new BigDecimal("10.005")).amount()).isEqualByComparingTo("10.01").hasScaleOf(2);
        assertThat(Money.of("10.5")).isEqualTo(Money.of("10.50")).isEqualTo(Money.of(new BigDecimal("10.500")));
        assertThat(Money.of("-0.005").amount()).isEqualByComparingTo("-0.01");
        assertThat(Money.of("3")).isGreaterThan(Money.of("2.99"));
    }

    @Test
    void englishIsWrittenWhenNoLocaleIsGiven() {
        assertThat(Money.of("1234.5").format(null)).isEqualTo("$1,234.50");
        assertThat(Money.of("1234.5")).hasToString("$1,234.50");
    }

    @Test
    void aRateWithManyDigitsLeavesTheNextAmountAtCents() {
        assertThat(Money.formatRate(new BigDecimal("1234.5675"), Locale.US)).isEqualTo("$1,234.5675");
        assertThat(Money.of("0.375").format(Locale.US)).isEqualTo("$0.38");
        assertThat(Money.formatRate(new BigDecimal("15.275"), Locale.forLanguageTag("es-US"))).isEqualTo("$15.275");
        assertThat(Money.formatRate(new BigDecimal("31.4"), Locale.forLanguageTag("es"))).isEqualTo("$31.40");
    }

    @Test
    void threadsWritingAmountsAndRatesAtOnceEachGetTheirOwnText() throws Exception {
        int threads = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            java.util.List<java.util.concurrent.Future<java.util.List<String>>> wrong = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int n = t;
                wrong.add(pool.submit(() -> {
                    java.util.List<String> bad = new java.util.ArrayList<>();
                    for (int i = 0; i < 2_000; i++) {
                        // each thread its own digits: a format shared between threads would mix them up
                        BigDecimal rate = new BigDecimal(n + 10 + "." + (i % 10) + "25");
                        String expected = "$" + rate.toPlainString();
                        String written = Money.formatRate(rate, n % 2 == 0 ? Locale.US : Locale.forLanguageTag("es"));
                        String cents = Money.of(rate).format(Locale.US);
                        if (!written.equals(expected) || !cents.equals("$" + rate.setScale(2, java.math.RoundingMode.HALF_UP))) {
                            bad.add(written + " / " + cents + " for " + rate);
                        }
                    }
                    return bad;
                }));
            }
            for (java.util.concurrent.Future<java.util.List<String>> f : wrong) {
                assertThat(f.get()).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void moneyNeedsAnAmount() {
        assertThatThrownBy(() -> Money.of((BigDecimal) null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an amount of money is required");
    }
}
