package org.highroad.payroll.statement;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text of a Statement of Compliance that can be kept as written and may be kept at all: no control character (U+0000
 * cannot be stored in PostgreSQL text), no unpaired surrogate, and no full Social Security number anywhere in it (29 CFR
 * 5.5(a)(3)(ii)(A)), the same rules as every text cell of the payroll ({@code payroll.intake.StorableText}). The
 * violation's message says which, never repeating the text.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = StatementTextValidator.class)
public @interface StatementText {

    String message() default "cannot be kept as written";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
