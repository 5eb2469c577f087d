package nl.sroi.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.sroi.core.jackson.Jackson;

class FieldValueTest {

    private static FieldValue of(String json) throws Exception {
        return new FieldValue(Jackson.reader().readTree(json));
    }

    @Test
    void aNumber_keepsItsDecimalsAsWritten() throws Exception {
        FieldValue v = of("0.250");
        assertTrue(v.isNumber());
        assertEquals(new BigDecimal("0.250"), v.number());
        assertEquals("0.250", v.json());
        assertEquals("0.250", v.text());
    }

    @Test
    void anEntry_isNamedByItsId_andAListByItsItems() throws Exception {
        FieldValue entry = of("{\"id\":\"schuldhulp\",\"quantity\":[12,14]}");
        assertTrue(entry.isEntry());
        assertEquals("schuldhulp", entry.id());
        FieldValue list = of("[12,\"a\"]");
        assertTrue(list.isList());
        assertEquals(List.of("12", "a"), list.items().stream().map(FieldValue::text).toList());
        assertNull(list.id());
        assertThrows(IllegalStateException.class, list::number);
    }

    @Test
    void aText_isPlainInText_andQuotedInJson() throws Exception {
        FieldValue v = of("\"jaarlijks\"");
        assertFalse(v.isNumber() || v.isList() || v.isEntry());
        assertEquals("jaarlijks", v.text());
        assertEquals("\"jaarlijks\"", v.json());
        assertEquals(v, of("\"jaarlijks\""));
    }
}
