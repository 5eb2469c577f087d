package nl.sroi.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.sroi.core.text.Coded;
import nl.sroi.core.text.Language;

/** Roles are coded values: found by their exact id, named in both languages, ordered by what they may do. */
class RoleTest {

    @Test
    void aRole_isFoundByItsExactId() {
        for (Role r : Role.values()) {
            assertEquals(Optional.of(r), Role.of(r.code()));
            assertEquals(Optional.of(r), Coded.byId(Role.class, r.id()));
        }
        assertEquals(Optional.empty(), Role.of("Admin"));
        assertEquals(Optional.empty(), Role.of(null));
    }

    @Test
    void aRole_isNamedInDutchAndEnglish() {
        assertEquals("beheerder", Role.ADMIN.label().in(Language.NL));
        assertEquals("administrator", Role.ADMIN.label().in(Language.EN));
        assertEquals("lezer", Role.READER.label().in(Language.NL));
        assertEquals("analyst", Role.ANALYST.label().in(Language.EN));
        assertTrue(Role.ADMIN.may(Role.ANALYST) && !Role.READER.may(Role.ANALYST));
    }
}
