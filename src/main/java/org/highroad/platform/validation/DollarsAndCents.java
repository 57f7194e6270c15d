package org.highroad.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.highroad.platform.money.MoneyAmounts;

/**
 * An amount of money in a JSON body, taken as written (a JSON string, or a JSON number as it was written: {@code 1e3}
 * stays {@code 1e3}) and read by {@link MoneyAmounts}, as the pages' forms read theirs: the same amounts are refused
 * (422 naming the field, with {@link MoneyAmounts.Refusal}'s reason), required included.
 */
@Documented
@Constraint(validatedBy = DollarsAndCents.Check.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface DollarsAndCents {

    String message() default "must be an amount in dollars and cents, more than $0.00, such as 1200.00";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The written amount's refusal, if any, as the violation's reason. */
    class Check implements ConstraintValidator<DollarsAndCents, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            MoneyAmounts.Read read = MoneyAmounts.read(value);
            if (!read.refused()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            // a reason is plain text, not a message template: its braces and dollar signs are escaped
            context.buildConstraintViolationWithTemplate(read.refusal().reason().replace("\\", "\\\\").replace("{", "\\{")
                    .replace("}", "\\}").replace("$", "\\$")).addConstraintViolation();
            return false;
        }
    }
}
