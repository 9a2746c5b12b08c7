package org.gridline.platform.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhonesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            13812345678        | 13812345678
            138 1234 5678      | 13812345678
            138-1234-5678      | 13812345678
            +86 138 1234 5678  | 13812345678
            +8613812345678     | 13812345678
            8613812345678      | 13812345678
            008613812345678    | 13812345678
            19912345678        | 19912345678
            0750-1234567       | 0750-1234567
            0750 1234567       | 0750-1234567
            07501234567        | 0750-1234567
            (0750)1234567      | 0750-1234567
            010-12345678       | 010-12345678
            020-87654321       | 020-87654321
            02087654321        | 020-87654321
            +86 750 1234567    | 0750-1234567
            """)
    void normalizes(String input, String expected) {
        assertEquals(Optional.of(expected), Phones.normalize(input));
        assertTrue(Phones.isValid(input));
    }

    @ParameterizedTest(name = "{0} is not a phone")
    @ValueSource(strings = {"", "1381234567", "138123456789", "12812345678", "10086", "0750-0234567", "abc13812345678",
            "8612812345678", "123-4567"})
    void rejects(String input) {
        assertEquals(Optional.empty(), Phones.normalize(input));
        assertFalse(Phones.isValid(input));
    }

    @Test
    void rejectsNull() {
        assertFalse(Phones.isValid(null));
    }
}
