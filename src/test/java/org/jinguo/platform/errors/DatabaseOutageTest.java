package org.jinguo.platform.errors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.transaction.SystemException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aCommitTheContainerCouldNotCompleteIsAnOutage() {
        EJBException commit = new EJBException("Unable to complete container-managed transaction.");
        commit.initCause(new SystemException());
        assertTrue(DatabaseOutage.is(new IllegalStateException(commit)));
    }

    @Test
    void aLostConnectionIsAnOutageAndABadStatementIsNot() {
        assertTrue(DatabaseOutage.is(new RuntimeException(new SQLException("gone", "08S01"))));
        assertFalse(DatabaseOutage.is(new RuntimeException(new SQLException("syntax", "42000"))));
        assertFalse(DatabaseOutage.is(new IllegalStateException("a bug")));
    }
}
