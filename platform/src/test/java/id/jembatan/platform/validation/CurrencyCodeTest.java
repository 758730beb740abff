package id.jembatan.platform.validation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CurrencyCodeTest {

    @Test
    void currenciesMoneyIsPaidInAreAccepted() {
        for (String code : new String[] {"IDR", "USD", "CNY", "EUR", "JPY", "KRW", "SGD", "AUD", "GBP", "XAF", "XOF", "XCD"}) {
            assertTrue(CurrencyCode.Validator.isCurrency(code), code);
        }
    }

    @Test
    void codesThatAreNotMoneyOrNotCodesAreRefused() {
        for (String code : new String[] {"XXX", "XTS", "XAU", "XDR", "ABC", "idr", "", "IDRX", "US"}) {
            assertFalse(CurrencyCode.Validator.isCurrency(code), code);
        }
        assertTrue(new CurrencyCode.Validator().isValid(null, null));
    }
}
