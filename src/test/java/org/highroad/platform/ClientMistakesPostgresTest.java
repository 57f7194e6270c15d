package org.highroad.platform;

import org.highroad.support.OnPostgres;

/** Client mistakes on a real PostgreSQL server, which cannot store a NUL character in text. */
@OnPostgres
class ClientMistakesPostgresTest extends ClientMistakesContract {
}
