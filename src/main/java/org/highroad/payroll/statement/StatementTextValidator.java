package org.highroad.payroll.statement;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.highroad.payroll.intake.StorableText;

/** Checks a {@link StatementText}; the reason becomes the message (it holds no braces, dollars or backslashes). */
public class StatementTextValidator implements ConstraintValidator<StatementText, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        String why = value == null ? null : StorableText.refusal(value);
        if (why == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(why).addConstraintViolation();
        return false;
    }
}
