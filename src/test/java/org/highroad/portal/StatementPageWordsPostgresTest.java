package org.highroad.portal;

import org.highroad.support.OnPostgres;

/** The same Statement of Compliance page on a real PostgreSQL server: the double click's one statement above all. */
@OnPostgres
class StatementPageWordsPostgresTest extends StatementPageWordsTest {
}
