package id.jembatan.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An ISO 4217 code of a currency money is paid in: not a code for gold or another metal, a unit of account, a fund,
 * the testing code XTS or "no currency" (XXX), all of which the standard also lists. {@code null} is valid (combine
 * with {@code @NotNull} where a currency is required).
 */
@Documented
@Constraint(validatedBy = CurrencyCode.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CurrencyCode {

    String message() default "{field.currency}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CurrencyCode, String> {

        /** Listed in ISO 4217 without being a currency: metals, units of account, testing and "no currency". */
        private static final Set<String> NOT_MONEY = Set.of("XAU", "XAG", "XPT", "XPD", "XBA", "XBB", "XBC", "XBD",
                "XDR", "XSU", "XUA", "XTS", "XXX", "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW");
        private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
                .map(Currency::getCurrencyCode).filter(code -> !NOT_MONEY.contains(code)).collect(Collectors.toUnmodifiableSet());

        public static boolean isCurrency(String code) {
            return CURRENCIES.contains(code);
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isCurrency(value);
        }
    }
}
