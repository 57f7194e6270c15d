package org.highroad.platform.pages;

import java.math.BigInteger;
import java.text.DateFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Date;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The pages' texts (the bundles named by {@code spring.messages.*}, as Spring Boot would read them), with one difference:
 * a whole number given to a plain <code>{0}</code> is written as it is, without digit grouping. Those numbers are the
 * records' numbers a reader looks up or quotes back (case 1024, payroll 5240, finding 12873): "Case 1,024" or "Caso 1.024"
 * is a number nobody can find. Amounts are formatted before they reach a message ({@code PageFormats.money}); a
 * <code>{0,number}</code> or <code>{0,choice,...}</code> element keeps its own format.
 */
@Configuration(proxyBeanMethods = false)
public class PageMessages {

    @Bean
    @ConfigurationProperties(prefix = "spring.messages")
    MessageSourceProperties messageSourceProperties() {
        return new MessageSourceProperties();
    }

    @Bean
    MessageSource messageSource(MessageSourceProperties properties) {
        ResourceBundleMessageSource source = new WholeNumbersAsWritten();
        if (properties.getBasename() != null && !properties.getBasename().isEmpty()) {
            source.setBasenames(properties.getBasename().toArray(String[]::new));
        }
        if (properties.getEncoding() != null) {
            source.setDefaultEncoding(properties.getEncoding().name());
        }
        source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        if (properties.getCacheDuration() != null) {
            source.setCacheMillis(properties.getCacheDuration().toMillis());
        }
        source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        return source;
    }

    /** A bundle message source whose plain arguments write whole numbers without grouping. */
    static final class WholeNumbersAsWritten extends ResourceBundleMessageSource {
        @Override
        protected MessageFormat createMessageFormat(String msg, Locale locale) {
            MessageFormat format = super.createMessageFormat(msg, locale);
            Format[] formats = format.getFormats();
            for (int element = 0; element < formats.length; element++) {
                if (formats[element] == null) {
                    format.setFormat(element, new PlainArgument(locale));
                }
            }
            return format;
        }
    }

    /**
     * What {@link MessageFormat} writes for an argument without a format, except a whole number: its digits as they are.
     */
    static final class PlainArgument extends Format {
        private final Locale locale;

        PlainArgument(Locale locale) {
            this.locale = locale == null ? Locale.ROOT : locale;
        }

        @Override
        public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
            if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
                    || value instanceof BigInteger || value instanceof AtomicLong || value instanceof AtomicInteger) {
                return to.append(value);
            }
            if (value instanceof Number) {
                return to.append(NumberFormat.getInstance(locale).format(value));
            }
            if (value instanceof Date) {
                return to.append(DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, locale).format(value));
            }
            return to.append(value instanceof String s ? s : String.valueOf(value));
        }

        @Override
        public Object parseObject(String source, ParsePosition position) {
            throw new UnsupportedOperationException("a page's message is written, never read back");
        }
    }
}
